import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Prompt, Workshop } from '../model.ts';
import { STAGES } from '../tables.ts';
import type { Wall } from '../wall.ts';
import { WorkshopAssets } from './assets.tsx';
import { ConsoleWalls } from './console-wall.tsx';
import { JoinInfo } from './join-info.tsx';
import { liveStrings } from './live-strings.ts';
import { Timer } from './room-parts.tsx';

/** What the console shows. */
export interface ConsolePageProps {
  workshop: Workshop;
  prompts: Prompt[];
  current: Prompt | null;
  walls: Wall[];
  participantCount: number;
  joinUrl: string;
}

const api = (workshopId: string, path: string) => `/api/v1/workshops/${workshopId}${path}`;

function RoomControls(props: ConsolePageProps) {
  const view = useView();
  const { workshop } = props;
  const action = (name: string) => view.href(`/admin/workshops/${workshop.id}/actions/${name}`);
  if (workshop.status === 'closed') {
    return (
      <section id="room-controls" aria-labelledby="room-controls-title">
        <h2 id="room-controls-title">{view.t('workshops.console.room')}</h2>
        <p class="notice notice--info">{view.t('workshops.console.ended', { kind: workshop.kind })}</p>
        <Form action={view.href(`/admin/workshops/${workshop.id}/reopen`)}>
          <button type="submit" class="button button--secondary" data-api={`POST ${api(workshop.id, '/reopen')}`}>
            {view.t('workshops.console.reopen', { kind: workshop.kind })}
          </button>
        </Form>
      </section>
    );
  }
  return (
    <section id="room-controls" aria-labelledby="room-controls-title">
      <h2 id="room-controls-title">{view.t('workshops.console.room')}</h2>
      <Timer endsAt={workshop.timerEndsAt} />
      <div class="cluster">
        <Form action={action('timer')} class="workshop-action">
          <label for="timer-minutes">{view.t('workshops.console.timerMinutes')}</label>
          <input
            id="timer-minutes"
            name="minutes"
            type="number"
            min="1"
            max="120"
            inputMode="numeric"
            class="input workshop-input--short"
            value="5"
          />
          <button type="submit" class="button button--small button--secondary" data-api={`POST ${api(workshop.id, '/timer')}`}>
            {view.t('workshops.console.startTimer')}
          </button>
        </Form>
        {workshop.timerEndsAt && (
          <Form action={action('timer')} class="workshop-action">
            <input type="hidden" name="minutes" value="" data-type="number" />
            <button type="submit" class="button button--small button--secondary" data-api={`POST ${api(workshop.id, '/timer')}`}>
              {view.t('workshops.console.stopTimer')}
            </button>
          </Form>
        )}
        <Form action={action('lock')} class="workshop-action">
          <input type="hidden" name="locked" value={workshop.locked ? '0' : '1'} data-type="boolean" />
          <button type="submit" class="button button--small button--secondary" data-api={`POST ${api(workshop.id, '/lock')}`}>
            {view.t(workshop.locked ? 'workshops.console.unlock' : 'workshops.console.lock')}
          </button>
        </Form>
        <a class="button button--small button--danger" href={view.href(`/admin/workshops/${workshop.id}/close`)}>
          {view.t(workshop.kind === 'seminar' ? 'workshops.console.closeSeminar' : 'workshops.console.close')}
        </a>
      </div>
      {workshop.locked && <p class="notice notice--warning">{view.t('workshops.console.lockedNotice')}</p>}
    </section>
  );
}

function PromptControls(props: ConsolePageProps) {
  const view = useView();
  const { workshop } = props;
  return (
    <section aria-labelledby="prompts-title">
      <h2 id="prompts-title">{view.t('workshops.console.prompts')}</h2>
      <ol class="workshop-prompt-list">
        {props.prompts.map((prompt) => (
          <li key={prompt.id} id={`prompt-${prompt.id}`} aria-current={prompt.id === props.current?.id ? 'step' : undefined}>
            <p>
              {view.text(prompt.text)} <span class="tag">{view.t(`workshops.stage.${prompt.stage}`)}</span>{' '}
              {prompt.id === props.current?.id && <span class="tag tag--public">{view.t('workshops.console.current')}</span>}
            </p>
            {workshop.status === 'open' && (
              <div class="cluster">
                <Form action={view.href(`/admin/workshops/${workshop.id}/actions/stage`)} class="workshop-action">
                  <input type="hidden" name="promptId" value={prompt.id} />
                  <label for={`stage-${prompt.id}`} class="visually-hidden">
                    {view.t('workshops.console.stageLabel', { number: prompt.position + 1 })}
                  </label>
                  <select id={`stage-${prompt.id}`} name="stage" class="input">
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage} selected={stage === prompt.stage}>
                        {view.t(`workshops.stage.${stage}`)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" class="button button--small" data-api={`POST ${api(workshop.id, `/prompts/${prompt.id}/stage`)}`}>
                    {view.t('workshops.console.moveEveryone')}
                  </button>
                </Form>
                {workshop.notesHidden && !prompt.revealed && (
                  <Form action={view.href(`/admin/workshops/${workshop.id}/actions/reveal`)} class="workshop-action">
                    <input type="hidden" name="promptId" value={prompt.id} />
                    <button
                      type="submit"
                      class="button button--small button--secondary"
                      data-api={`POST ${api(workshop.id, `/prompts/${prompt.id}/reveal`)}`}
                    >
                      {view.t('workshops.console.reveal')}
                    </button>
                  </Form>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The facilitator's console: join code, room controls (timer, lock, close),
 * stages moved for everyone, and the live wall with clustering by drag and
 * drop or by the "move to cluster" select and button beside every note.
 */
export function ConsolePage(props: ConsolePageProps) {
  const view = useView();
  const { workshop } = props;
  const title = view.text(workshop.title);
  const base = `/admin/workshops/${workshop.id}`;
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('workshops.admin.title'), href: view.href('/admin/workshops') }]}>
      <WorkshopAssets script="console" />
      <div
        id="workshop-console"
        data-live-url={`/api/v1/workshops/${workshop.id}/live?view=facilitator`}
        data-fragment-url={view.href(`${base}/wall`)}
        data-version={String(workshop.version)}
        data-state={`${workshop.status}|${workshop.locked}|${props.current?.id ?? ''}|${props.current?.stage ?? ''}|${workshop.timerEndsAt ?? ''}`}
        data-locale={view.locale}
        {...liveStrings(view)}
      >
        <h1>{title}</h1>
        <p class="meta">
          {view.t(`workshops.kind.${workshop.kind}`)} · {view.t(`workshops.status.${workshop.status}`)} ·{' '}
          {view.t('workshops.console.participants', { count: props.participantCount })}
        </p>
        <JoinInfo code={workshop.joinCode} url={props.joinUrl} />
        <ul class="actions">
          <li>
            <a href={view.href(`${base}/edit`)}>{view.t('workshops.console.settings')}</a>
          </li>
          <li>
            <a href={view.href(`${base}/projector`)}>{view.t('workshops.console.projector')}</a>
          </li>
          <li>
            <a href={view.href(`/workshops/${workshop.id}/results`)}>{view.t('workshops.results.link')}</a>
          </li>
          <li>
            <a href={view.href(`/workshops/${workshop.id}/summary`)}>{view.t('workshops.summary.link')}</a>
          </li>
          <li>
            <a href={`/api/v1/workshops/${workshop.id}/export?format=csv`}>{view.t('workshops.console.exportCsv')}</a>
          </li>
          <li>
            <a href={`/api/v1/workshops/${workshop.id}/export?format=json`}>{view.t('workshops.console.exportJson')}</a>
          </li>
        </ul>
        <p id="workshop-console-error" class="notice notice--error" role="alert" hidden />
        <RoomControls {...props} />
        <PromptControls {...props} />
        <section aria-labelledby="console-wall-title">
          <h2 id="console-wall-title">{view.t('workshops.console.wallTitle')}</h2>
          <div id="console-wall">
            <ConsoleWalls workshopId={workshop.id} prompt={props.current} walls={props.walls} version={workshop.version} />
          </div>
        </section>
        <div id="workshop-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
      </div>
    </AdminLayout>
  );
}
