import type { FieldErrors } from '../../../platform/http/errors.ts';
import { BackToProcess } from '../../../platform/hub/back-to-process.tsx';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { ErrorSummary, Form, TextArea } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { LiveView } from '../live/live-view.ts';
import type { Workshop } from '../model.ts';
import type { WallCluster, WallNote } from '../wall.ts';
import { WorkshopAssets } from './assets.tsx';
import { liveStrings } from './live-strings.ts';
import { PromptHeading, RoomNotices, Timer } from './room-parts.tsx';
import { WallView } from './wall-view.tsx';

/** What the participant's room shows. */
export interface RoomPageProps {
  workshop: Workshop;
  live: LiveView;
  version: number;
  ownNotes: Array<{ id: string; text: string }>;
  noteValue?: string;
  errors?: FieldErrors | undefined;
  /** The workshop's process, linked back to. */
  process?: { slug: string; title: LocalizedText };
}

function DotForms(props: { workshopId: string; targetType: 'note' | 'cluster'; targetId: string; mine: number; canAdd: boolean }) {
  const view = useView();
  const api = `/api/v1/workshops/${props.workshopId}/votes`;
  return (
    <div class="workshop-dot-forms">
      <p class="workshop-votes">{view.t('workshops.vote.yours', { count: props.mine })}</p>
      {props.canAdd && (
        <Form action={view.href(`/workshops/${props.workshopId}/votes`)} class="inline-form">
          <input type="hidden" name="targetType" value={props.targetType} />
          <input type="hidden" name="targetId" value={props.targetId} />
          <button type="submit" class="button button--small" data-api={`POST ${api}`}>
            {view.t('workshops.vote.add')}
          </button>
        </Form>
      )}
      {props.mine > 0 && (
        <Form action={view.href(`/workshops/${props.workshopId}/votes/remove`)} class="inline-form">
          <input type="hidden" name="targetType" value={props.targetType} />
          <input type="hidden" name="targetId" value={props.targetId} />
          <button type="submit" class="button button--small button--secondary" data-api={`DELETE ${api}`}>
            {view.t('workshops.vote.remove')}
          </button>
        </Form>
      )}
    </div>
  );
}

function NoteForm(props: RoomPageProps) {
  const view = useView();
  const { workshop } = props;
  return (
    <section aria-labelledby="note-form-title">
      <h2 id="note-form-title">{view.t('workshops.room.writeTitle')}</h2>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/workshops/${workshop.id}/notes`)} class="workshop-note-form">
        <TextArea
          name="text"
          label={view.t('workshops.room.noteLabel')}
          hint={view.t('workshops.room.noteHint', { max: workshop.noteMaxLength })}
          maxLength={workshop.noteMaxLength}
          rows={3}
          value={props.noteValue ?? ''}
          errors={props.errors}
        />
        <div class="form-actions">
          <button type="submit" class="button button--primary" data-api={`POST /api/v1/workshops/${workshop.id}/notes`} data-clear="text">
            {view.t('workshops.room.post')}
          </button>
        </div>
      </Form>
      <h2 id="own-notes-title" hidden={props.ownNotes.length === 0}>
        {view.t('workshops.room.ownNotes')}
      </h2>
      <ul
        class="workshop-own-notes"
        id="workshop-own-notes"
        aria-labelledby="own-notes-title"
        data-edit-href={view.href(`/workshops/${workshop.id}/notes/{id}/edit`)}
        data-withdraw-action={view.href(`/workshops/${workshop.id}/notes/{id}/withdraw`)}
        data-withdraw-api={`DELETE /api/v1/workshops/${workshop.id}/notes/{id}`}
        data-t-edit={view.t('workshops.room.edit')}
        data-t-withdraw={view.t('workshops.room.withdraw')}
      >
        {props.ownNotes.map((note) => (
          <li key={note.id}>
            <p>{note.text}</p>
            <div class="cluster">
              <a href={view.href(`/workshops/${workshop.id}/notes/${note.id}/edit`)}>{view.t('workshops.room.edit')}</a>
              <Form action={view.href(`/workshops/${workshop.id}/notes/${note.id}/withdraw`)} class="inline-form">
                <button
                  type="submit"
                  class="button button--secondary"
                  data-api={`DELETE /api/v1/workshops/${workshop.id}/notes/${note.id}`}
                >
                  {view.t('workshops.room.withdraw')}
                </button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The participant's own notes the facilitator hid from the room: only they still see them, marked so.
 * Always in the page (empty and hidden when there are none), so room.js can fill it live.
 */
function HiddenNotes(props: { notes: LiveView['hiddenNotes'] }) {
  const view = useView();
  return (
    <section id="workshop-hidden-notes" aria-labelledby="hidden-notes-title" hidden={props.notes.length === 0}>
      <h2 id="hidden-notes-title">{view.t('workshops.room.hiddenNotes')}</h2>
      <p class="field__hint">{view.t('workshops.room.hiddenNotesHint')}</p>
      <ul class="workshop-own-notes">
        {props.notes.map((note) => (
          <li key={note.id}>
            <p>{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The participant's room on a phone: the current prompt, the note form while
 * writing is open, dots during the vote, and the wall. Works without
 * JavaScript (post, then reload); room.js makes the wall live.
 */
export function RoomPage(props: RoomPageProps) {
  const view = useView();
  const { workshop, live } = props;
  const stage = live.prompt?.stage ?? 'pending';
  const open = live.status === 'open' && !live.locked;
  const voting = open && stage === 'voting';
  const wall = live.walls[0];
  const canAdd = (live.dotsLeft ?? 0) > 0;
  const extras = voting
    ? {
        cluster: (cluster: WallCluster) => (
          <DotForms workshopId={workshop.id} targetType="cluster" targetId={cluster.id} mine={cluster.myVotes} canAdd={canAdd} />
        ),
        note: (note: WallNote) => (
          <DotForms workshopId={workshop.id} targetType="note" targetId={note.id} mine={note.myVotes} canAdd={canAdd} />
        ),
      }
    : { showVotes: stage === 'results' };
  return (
    <Layout title={view.text(workshop.title)}>
      <WorkshopAssets script="room" />
      {props.process && <BackToProcess process={props.process} />}
      <div
        id="workshop-room"
        class="workshop-room"
        data-live-url={`/api/v1/workshops/${workshop.id}/live`}
        data-version={String(props.version)}
        data-state={`${live.status}|${live.locked}|${live.prompt?.id ?? ''}|${stage}`}
        data-locale={view.locale}
        {...liveStrings(view)}
      >
        <h1>{view.text(workshop.title)}</h1>
        <RoomNotices live={live} kind={workshop.kind} />
        <PromptHeading live={live} />
        <div id="workshop-timer">
          <Timer endsAt={live.timerEndsAt} />
        </div>
        <p id="workshop-room-error" class="notice notice--error" role="alert" hidden />
        {((open && stage === 'writing') || props.noteValue) && <NoteForm {...props} />}
        {voting && (
          <p class="workshop-dots" id="workshop-dots" data-dots={String(live.dots)}>
            {view.t('workshops.vote.dotsLeft', { count: live.dotsLeft ?? 0, dots: live.dots })}
          </p>
        )}
        {wall && (
          <section aria-labelledby="wall-title" class="workshop-wall-region">
            <h2 id="wall-title">{view.t('workshops.wall.title')}</h2>
            <p class="workshop-reload">
              <a href={view.href(`/workshops/${workshop.id}`)}>{view.t('workshops.room.reload')}</a>
            </p>
            <div
              id="workshop-wall"
              data-voting={voting ? 'true' : 'false'}
              data-results={stage === 'results' ? 'true' : 'false'}
              data-vote-action={view.href(`/workshops/${workshop.id}/votes`)}
              data-unvote-action={view.href(`/workshops/${workshop.id}/votes/remove`)}
              data-vote-api={`/api/v1/workshops/${workshop.id}/votes`}
            >
              <WallView wall={wall} extras={extras} />
            </div>
          </section>
        )}
        <HiddenNotes notes={live.hiddenNotes} />
        {stage === 'results' && (
          <p>
            <a href={view.href(`/workshops/${workshop.id}/results`)}>{view.t('workshops.results.link')}</a>
          </p>
        )}
        <div id="workshop-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
      </div>
    </Layout>
  );
}
