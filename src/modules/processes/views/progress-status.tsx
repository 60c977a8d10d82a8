import type { ViewContextValue } from '../../../platform/views/context.ts';
import type { Progress } from '../queries/describe-progress.ts';
import type { Phase } from '../queries/list-phases.ts';
import { formatCalendarDate } from './calendar-dates.ts';

/** One sentence saying where a process stands today: its current phase, or when it starts or ended. */
export function progressStatusText(view: ViewContextValue, progress: Progress, phases: readonly Phase[]): string {
  const phaseTitle = (id: string | null) => view.text(phases.find((phase) => phase.id === id)?.title);
  const date = (value: string | null) => (value ? formatCalendarDate(view, value) : '');
  switch (progress.status) {
    case 'no_phases':
      return view.t('processes.status.noPhases');
    case 'not_started':
      return view.t('processes.status.notStarted', { date: date(progress.startsOn) });
    case 'completed':
      return view.t('processes.status.completed', { date: date(progress.endsOn) });
    default: {
      if (progress.currentPhaseId) return view.t('processes.status.current', { phase: phaseTitle(progress.currentPhaseId) });
      const next = phases.find((phase) => phase.id === progress.nextPhaseId);
      return view.t('processes.status.between', { phase: view.text(next?.title), date: date(next?.startsOn ?? null) });
    }
  }
}
