import { useView } from '../../../platform/views/context.ts';
import type { PhaseState, Progress } from '../queries/describe-progress.ts';
import type { Phase } from '../queries/list-phases.ts';
import { formatCalendarRange } from './calendar-dates.ts';
import { langOf } from './localized.ts';
import { progressStatusText } from './progress-status.tsx';

const STEP_CLASS: Record<PhaseState, string> = {
  done: 'phase-progress__step phase-progress__step--done',
  current: 'phase-progress__step phase-progress__step--current',
  upcoming: 'phase-progress__step',
};

function PhaseStep(props: { phase: Phase; state: PhaseState }) {
  const view = useView();
  const { phase, state } = props;
  // The markers are drawn by CSS and hidden from screen readers, so the state is also said in words.
  return (
    <li class={STEP_CLASS[state]} aria-current={state === 'current' ? 'step' : undefined}>
      {state === 'done' && <span class="visually-hidden">{view.t('processes.progress.done')}: </span>}
      {state === 'upcoming' && <span class="visually-hidden">{view.t('processes.progress.upcoming')}: </span>}
      <span lang={langOf(view, phase.title)}>{view.text(phase.title)}</span>{' '}
      {state === 'current' && <span class="tag">{view.t('processes.progress.now')}</span>}
      <span class="phase-progress__dates">{formatCalendarRange(view, phase.startsOn, phase.endsOn, { dateStyle: 'medium' })}</span>
    </li>
  );
}

/** "Where are we now": the phases as done/current/upcoming steps and a bar of elapsed time. */
export function PhaseProgress(props: { phases: Phase[]; progress: Progress }) {
  const view = useView();
  const { phases, progress } = props;
  const valueText = view.t('processes.progress.elapsed', { percent: progress.percent });
  return (
    <section aria-labelledby="phase-progress-title">
      <h2 id="phase-progress-title">{view.t('processes.progress.title')}</h2>
      <p class="lead">{progressStatusText(view, progress, phases)}</p>
      {phases.length > 0 && (
        <>
          <ol class="phase-progress" aria-label={view.t('processes.progress.phases')}>
            {phases.map((phase) => (
              <PhaseStep key={phase.id} phase={phase} state={progress.states[phase.id] ?? 'upcoming'} />
            ))}
          </ol>
          <div
            class="phase-progress__bar"
            role="progressbar"
            aria-label={view.t('processes.progress.bar')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={valueText}
          >
            <div class={`phase-progress__bar-fill w-${progress.percentStep}`} />
          </div>
          <p class="meta">{valueText}</p>
        </>
      )}
    </section>
  );
}
