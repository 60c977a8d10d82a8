import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Cluster, Note, Workshop } from '../model.ts';

/** What a note's action page offers: the clusters of its wall and the notes it may be merged into. */
export interface NoteActionsPageProps {
  workshop: Workshop;
  note: Note;
  clusters: Cluster[];
  siblings: Note[];
}

/**
 * A note's actions as plain forms (move, merge, hide; "show again" for a hidden note): what the console's per-note menu does when
 * its script does not run (the menu's link opens this page). Each form posts
 * the console's own action and redirects back to the note on the wall.
 */
export function NoteActionsPage(props: NoteActionsPageProps) {
  const view = useView();
  const { workshop, note } = props;
  const consoleHref = view.href(`/admin/workshops/${workshop.id}`);
  const action = (name: string) => view.href(`/admin/workshops/${workshop.id}/actions/${name}`);
  const title = view.t('workshops.noteActions.title');
  const short = note.text.slice(0, 60);
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('workshops.admin.title'), href: view.href('/admin/workshops') },
        { label: view.text(workshop.title), href: consoleHref },
      ]}
    >
      <h1>{title}</h1>
      <blockquote class="workshop-note-quote">
        <p>{note.text}</p>
      </blockquote>
      {note.hiddenAt !== null ? (
        <>
          <p>{view.t('workshops.noteActions.hidden')}</p>
          <Form action={action('unhide')}>
            <input type="hidden" name="noteId" value={note.id} />
            <button type="submit" class="button">
              {view.t('workshops.console.unhide')}
            </button>
          </Form>
        </>
      ) : (
        <>
          <Form action={action('move')}>
            <input type="hidden" name="noteId" value={note.id} />
            <div class="field">
              <label class="field__label" for="note-move">
                {view.t('workshops.console.moveLabel', { note: short })}
              </label>
              <select id="note-move" name="clusterId" class="input">
                <option value="" selected={note.clusterId === null}>
                  {view.t('workshops.console.noCluster')}
                </option>
                {props.clusters.map((cluster) => (
                  <option key={cluster.id} value={cluster.id} selected={cluster.id === note.clusterId}>
                    {cluster.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button">
              {view.t('workshops.console.move')}
            </button>
          </Form>
          {props.siblings.length > 0 ? (
            <Form action={action('merge')}>
              <input type="hidden" name="noteId" value={note.id} />
              <div class="field">
                <label class="field__label" for="note-merge">
                  {view.t('workshops.console.mergeLabel', { note: short })}
                </label>
                <select id="note-merge" name="intoNoteId" class="input">
                  {props.siblings.map((sibling) => (
                    <option key={sibling.id} value={sibling.id}>
                      {sibling.text.slice(0, 80)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="button">
                {view.t('workshops.console.merge')}
              </button>
            </Form>
          ) : (
            <p class="field__hint">{view.t('workshops.noteActions.noSiblings')}</p>
          )}
          <Form action={action('hide')}>
            <input type="hidden" name="noteId" value={note.id} />
            <p class="field__hint" id="note-hide-hint">
              {view.t('workshops.noteActions.hideHint')}
            </p>
            <button type="submit" class="button button--secondary" aria-describedby="note-hide-hint">
              {view.t('workshops.noteActions.hide')}
            </button>
          </Form>
        </>
      )}
      <p>
        <a href={`${consoleHref}#note-${note.id}`}>{view.t('workshops.noteActions.back')}</a>
      </p>
    </AdminLayout>
  );
}
