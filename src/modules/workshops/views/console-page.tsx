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
import { nextStep, type PromptStep, primaryPromptId, promptState } from './prompt-steps.ts';
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

/** The id of the console's one primary button: console.js gives it the focus back after the page reloads. */
const NEXT_ACTION_ID = 'console-next-action';

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
        {/* Once every prompt is done, closing is the primary next action above instead. */}
        {primaryPromptId(props.prompts, props.current) !== null && (
          <a class="button button--small button--danger" href={view.href(`/admin/workshops/${workshop.id}/close`)}>
            {view.t(workshop.kind === 'seminar' ? 'workshops.console.closeSeminar' : 'workshops.console.close')}
          </a>
        )}
      </div>
      {workshop.locked && <p class="notice notice--warning">{view.t('workshops.console.lockedNotice')}</p>}
    </section>
  );
}

/** The button that moves the room to a prompt's next stage (or starts or continues the prompt). */
function StepButton(props: { workshop: Workshop; prompt: Prompt; step: PromptStep; primary: boolean }) {
  const view = useView();
  const { workshop, prompt, step } = props;
  const number = prompt.position + 1;
  const label =
    step.kind === 'start'
      ? view.t('workshops.console.start', { number })
      : step.kind === 'continue'
        ? view.t('workshops.console.continue', { number })
        : view.t('workshops.console.advance', { stage: step.stage });
  return (
    <Form action={view.href(`/admin/workshops/${workshop.id}/actions/stage`)} class="workshop-action">
      <input type="hidden" name="promptId" value={prompt.id} />
      <input type="hidden" name="stage" value={step.stage} />
      <button
        type="submit"
        id={props.primary ? NEXT_ACTION_ID : `step-${prompt.id}`}
        class={`button ${props.primary ? 'button--primary' : 'button--small button--secondary'}`}
        data-api={`POST ${api(workshop.id, `/prompts/${prompt.id}/stage`)}`}
      >
        {label}
      </button>
    </Form>
  );
}

/** Any stage for a prompt, for going back or skipping ahead: out of the way, in a disclosure. */
function OtherStage(props: { workshop: Workshop; prompt: Prompt }) {
  const view = useView();
  const { workshop, prompt } = props;
  return (
    <details class="workshop-stage-other">
      <summary>{view.t('workshops.console.otherStage', { number: prompt.position + 1 })}</summary>
      <Form action={view.href(`/admin/workshops/${workshop.id}/actions/stage`)} class="workshop-action">
        <input type="hidden" name="promptId" value={prompt.id} />
        <label for={`stage-${prompt.id}`}>{view.t('workshops.console.stageLabel', { number: prompt.position + 1 })}</label>
        <select id={`stage-${prompt.id}`} name="stage" class="input">
          {STAGES.map((stage) => (
            <option key={stage} value={stage} selected={stage === prompt.stage}>
              {view.t(`workshops.stage.${stage}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          class="button button--small button--secondary"
          data-api={`POST ${api(workshop.id, `/prompts/${prompt.id}/stage`)}`}
        >
          {view.t('workshops.console.moveEveryone')}
        </button>
      </Form>
    </details>
  );
}

/**
 * The prompts in order, each with one state and at most one next step; the
 * step the facilitator most likely takes next is the page's one primary
 * button (`#console-next-action`), and the prompt the room is on stands out.
 */
function PromptControls(props: ConsolePageProps) {
  const view = useView();
  const { workshop, current } = props;
  const open = workshop.status === 'open';
  const primaryId = primaryPromptId(props.prompts, current);
  return (
    <section aria-labelledby="prompts-title">
      <h2 id="prompts-title">{view.t('workshops.console.prompts')}</h2>
      <ol class="workshop-prompt-list">
        {props.prompts.map((prompt) => {
          const state = promptState(prompt, current);
          const step = nextStep(prompt, current);
          const isCurrent = prompt.id === current?.id;
          return (
            <li
              key={prompt.id}
              id={`prompt-${prompt.id}`}
              class={isCurrent ? 'workshop-prompt-list__item workshop-prompt-list__item--current' : 'workshop-prompt-list__item'}
              aria-current={isCurrent ? 'step' : undefined}
              data-stage={prompt.stage}
            >
              <p class="workshop-prompt-list__text">{view.text(prompt.text)}</p>
              <p class="workshop-prompt-list__state">
                <span class={isCurrent && state !== 'notStarted' ? 'tag tag--public' : 'tag'}>
                  {view.t('workshops.console.state', { state, stageName: view.t(`workshops.stage.${prompt.stage}`) })}
                </span>
              </p>
              {open && (
                <div class="cluster">
                  {step && <StepButton workshop={workshop} prompt={prompt} step={step} primary={prompt.id === primaryId} />}
                  {workshop.notesHidden && !prompt.revealed && prompt.stage !== 'pending' && (
                    <Form action={view.href(`/admin/workshops/${workshop.id}/actions/reveal`)} class="workshop-action">
                      <input type="hidden" name="promptId" value={prompt.id} />
                      <button
                        type="submit"
                        id={`reveal-${prompt.id}`}
                        class="button button--small button--secondary"
                        data-api={`POST ${api(workshop.id, `/prompts/${prompt.id}/reveal`)}`}
                      >
                        {view.t('workshops.console.reveal')}
                      </button>
                    </Form>
                  )}
                  {(isCurrent || state !== 'notStarted') && <OtherStage workshop={workshop} prompt={prompt} />}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {open && primaryId === null && (
        <p>
          <a id={NEXT_ACTION_ID} class="button button--primary" href={view.href(`/admin/workshops/${workshop.id}/close`)}>
            {view.t(workshop.kind === 'seminar' ? 'workshops.console.closeSeminar' : 'workshops.console.close')}
          </a>
        </p>
      )}
    </section>
  );
}

/**
 * The facilitator's console: the prompts with one state and one next step
 * each (moving everyone at once), room controls (timer, lock, close), the live
 * wall with clustering by drag and drop or by each note's action menu, and
 * the join code.
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
        data-state={`${workshop.status}|${workshop.locked}|${props.current?.id ?? ''}|${props.current?.stage ?? ''}|${props.current?.revealed ?? ''}|${workshop.timerEndsAt ?? ''}`}
        data-locale={view.locale}
        {...liveStrings(view)}
        data-t-menu-move-to={view.t('workshops.console.menuMoveTo')}
        data-t-menu-merge-into={view.t('workshops.console.menuMergeInto')}
        data-t-menu-hide={view.t('workshops.console.menuHide')}
        data-t-no-cluster={view.t('workshops.console.noCluster')}
      >
        <h1>{title}</h1>
        <p class="meta">
          {view.t(`workshops.kind.${workshop.kind}`)} · {view.t(`workshops.status.${workshop.status}`)} ·{' '}
          {view.t('workshops.console.participants', { count: props.participantCount })}
        </p>
        <p id="workshop-console-error" class="notice notice--error" role="alert" hidden />
        <PromptControls {...props} />
        <section aria-labelledby="console-wall-title">
          <h2 id="console-wall-title">{view.t('workshops.console.wallTitle')}</h2>
          <div id="console-wall">
            <ConsoleWalls workshopId={workshop.id} prompt={props.current} walls={props.walls} version={workshop.version} />
          </div>
        </section>
        <RoomControls {...props} />
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
        <div id="workshop-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
      </div>
    </AdminLayout>
  );
}
