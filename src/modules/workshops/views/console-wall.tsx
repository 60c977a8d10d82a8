import { Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Prompt } from '../model.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';
import type { Wall, WallCluster, WallNote } from '../wall.ts';

interface WallProps {
  workshopId: string;
  prompt: Prompt;
  wall: Wall;
  arranging: boolean;
}

const api = (workshopId: string, path: string) => `/api/v1/workshops/${workshopId}${path}`;

/** A button that posts the console's form (and, with the script, calls the same action through the API). */
function ActionForm(props: {
  workshopId: string;
  action: string;
  apiCall: string;
  label: string;
  fields: Record<string, string>;
  variant?: string;
  children?: preact.ComponentChildren;
}) {
  const view = useView();
  return (
    <Form action={view.href(`/admin/workshops/${props.workshopId}/actions/${props.action}`)} class="workshop-action">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <button type="submit" class={`button button--small button--${props.variant ?? 'secondary'}`} data-api={props.apiCall}>
        {props.label}
      </button>
    </Form>
  );
}

/**
 * A note's actions (move to a cluster, merge into a similar note, hide it from the room): one link per
 * note to a page of forms, which console.js turns into a menu button whose menu
 * it builds from the wall itself when opened, so the wall sends no per-note
 * list of clusters and notes (it may hold thousands of notes).
 */
function NoteActions(props: { workshopId: string; note: WallNote }) {
  const view = useView();
  const { note } = props;
  return (
    <a
      id={`note-actions-${note.id}`}
      class="button button--small button--secondary workshop-note__actions"
      href={view.href(`/admin/workshops/${props.workshopId}/notes/${note.id}`)}
      aria-label={view.t('workshops.console.noteActions', { note: note.text.slice(0, 60) })}
      data-note-actions={note.id}
    >
      {view.t('workshops.console.noteActionsShort')}
    </a>
  );
}

/**
 * "Show again" for a note the facilitator hid: a plain button on the wall, at any stage (hiding is not
 * only for arranging). On a note it takes the id of the note's menu button, so the keyboard stays on the
 * note when the wall refreshes after a hide, and comes back to the menu after "Show again".
 */
function UnhideForm(props: { workshopId: string; note: WallNote; id: string }) {
  const view = useView();
  const { note, workshopId } = props;
  return (
    <Form action={view.href(`/admin/workshops/${workshopId}/actions/unhide`)} class="workshop-action">
      <input type="hidden" name="noteId" value={note.id} />
      <button
        type="submit"
        id={props.id}
        class="button button--small button--secondary"
        data-api={`POST ${api(workshopId, `/notes/${note.id}/unhide`)}`}
        aria-label={view.t('workshops.console.unhideLabel', { note: note.text.slice(0, 60) })}
      >
        {view.t('workshops.console.unhide')}
      </button>
    </Form>
  );
}

function HiddenBadge() {
  const view = useView();
  return <span class="workshop-note__hidden">{view.t('workshops.console.hiddenBadge')}</span>;
}

function ConsoleNote(props: WallProps & { note: WallNote; clusterId: string | null }) {
  const view = useView();
  const { note, workshopId } = props;
  const hidden = note.hidden === true;
  return (
    <li
      class={hidden ? 'workshop-note workshop-note--hidden' : 'workshop-note'}
      id={`note-${note.id}`}
      draggable={props.arranging && !hidden ? true : undefined}
      data-note-id={note.id}
      data-hidden={hidden ? 'true' : undefined}
    >
      {hidden && <HiddenBadge />}
      <p class="workshop-note__text">{note.text}</p>
      {note.authorName && <p class="workshop-note__meta">{note.authorName}</p>}
      {hidden && <p class="workshop-note__meta">{view.t('workshops.console.hiddenHint')}</p>}
      {props.clusterId === null && !hidden && <p class="workshop-votes">{view.t('workshops.wall.votes', { count: note.votes })}</p>}
      {note.duplicates.length > 0 && (
        <ul class="workshop-note__duplicates">
          {note.duplicates.map((duplicate) => (
            <li key={duplicate.id}>
              {duplicate.hidden && !hidden && <HiddenBadge />} {duplicate.text}
              {props.arranging && !hidden && !duplicate.hidden && (
                <ActionForm
                  workshopId={workshopId}
                  action="separate"
                  apiCall={`POST ${api(workshopId, `/notes/${duplicate.id}/separate`)}`}
                  label={view.t('workshops.console.separate')}
                  fields={{ noteId: duplicate.id }}
                />
              )}
              {duplicate.hidden && !hidden && <UnhideForm workshopId={workshopId} note={duplicate} id={`note-unhide-${duplicate.id}`} />}
            </li>
          ))}
        </ul>
      )}
      {hidden ? (
        <UnhideForm workshopId={workshopId} note={note} id={`note-actions-${note.id}`} />
      ) : (
        props.arranging && <NoteActions workshopId={workshopId} note={note} />
      )}
    </li>
  );
}

function ConsoleCluster(props: WallProps & { cluster: WallCluster }) {
  const view = useView();
  const { cluster, workshopId } = props;
  const renameId = `rename-${cluster.id}`;
  return (
    <section class="workshop-cluster" id={`cluster-${cluster.id}`} data-drop-cluster={cluster.id}>
      <h4 class="workshop-cluster__name">{cluster.name}</h4>
      <p class="workshop-votes">{view.t('workshops.wall.votes', { count: cluster.votes })}</p>
      {props.arranging && (
        <div class="cluster">
          <ActionForm
            workshopId={workshopId}
            action="rename-cluster"
            apiCall={`PATCH ${api(workshopId, `/clusters/${cluster.id}`)}`}
            label={view.t('workshops.console.rename')}
            fields={{ clusterId: cluster.id }}
          >
            <label for={renameId} class="visually-hidden">
              {view.t('workshops.console.renameLabel', { name: cluster.name })}
            </label>
            <input id={renameId} name="name" class="input" value={cluster.name} maxLength={WORKSHOP_LIMITS.clusterNameMax} />
          </ActionForm>
          <ActionForm
            workshopId={workshopId}
            action="delete-cluster"
            apiCall={`DELETE ${api(workshopId, `/clusters/${cluster.id}`)}`}
            label={view.t('workshops.console.deleteCluster')}
            fields={{ clusterId: cluster.id }}
          />
        </div>
      )}
      <ul class="workshop-notes">
        {cluster.notes.map((note) => (
          <ConsoleNote key={note.id} {...props} note={note} clusterId={cluster.id} />
        ))}
      </ul>
    </section>
  );
}

/** One wall in the console: a form to add a cluster, the clusters, and the notes outside them (also a drop zone). */
function ConsoleWall(props: WallProps) {
  const view = useView();
  const { wall, workshopId, prompt } = props;
  const key = wall.groupId ?? 'all';
  return (
    <section class="workshop-wall workshop-wall--console" id={`wall-${key}`} aria-labelledby={`wall-title-${key}`}>
      <h3 id={`wall-title-${key}`}>
        {wall.groupName ?? view.t('workshops.wall.title')}{' '}
        <span class="muted">({view.t('workshops.console.noteCount', { count: wall.noteCount })})</span>
      </h3>
      {props.arranging && (
        <ActionForm
          workshopId={workshopId}
          action="create-cluster"
          apiCall={`POST ${api(workshopId, '/clusters')}`}
          label={view.t('workshops.console.addCluster')}
          variant="primary"
          fields={{ promptId: prompt.id, ...(wall.groupId ? { groupId: wall.groupId } : {}) }}
        >
          <label for={`new-cluster-${key}`} class="visually-hidden">
            {view.t('workshops.console.clusterName')}
          </label>
          <input
            id={`new-cluster-${key}`}
            name="name"
            class="input"
            maxLength={WORKSHOP_LIMITS.clusterNameMax}
            placeholder={view.t('workshops.console.clusterName')}
          />
        </ActionForm>
      )}
      <div class="workshop-clusters">
        {wall.clusters.map((cluster) => (
          <ConsoleCluster key={cluster.id} {...props} cluster={cluster} />
        ))}
        <section class="workshop-cluster workshop-cluster--loose" data-drop-cluster="">
          <h4 class="workshop-cluster__name">{view.t('workshops.wall.unclustered')}</h4>
          <ul class="workshop-notes">
            {wall.notes.map((note) => (
              <ConsoleNote key={note.id} {...props} note={note} clusterId={null} />
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

/**
 * The current prompt's walls in the console. Also served alone as a fragment,
 * which console.js fetches when the live channel says the room changed.
 */
export function ConsoleWalls(props: { workshopId: string; prompt: Prompt | null; walls: Wall[]; version: number }) {
  const view = useView();
  if (!props.prompt) return <p>{view.t('workshops.console.noPrompt')}</p>;
  const arranging = props.prompt.stage === 'writing' || props.prompt.stage === 'clustering';
  return (
    <div class="workshop-console-walls" data-version={String(props.version)}>
      {arranging && <p class="field__hint">{view.t('workshops.console.arrangeHint')}</p>}
      {props.walls.map((wall) => (
        <ConsoleWall
          key={wall.groupId ?? 'all'}
          workshopId={props.workshopId}
          prompt={props.prompt as Prompt}
          wall={wall}
          arranging={arranging}
        />
      ))}
    </div>
  );
}
