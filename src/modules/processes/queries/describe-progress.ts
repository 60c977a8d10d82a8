import { dateTimeFormat } from '../../../platform/i18n/translator.ts';
import type { Phase } from './list-phases.ts';

/** Where a process stands as a whole. */
export type ProgressStatus = 'no_phases' | 'not_started' | 'running' | 'completed';

/** Where one phase stands relative to today. */
export type PhaseState = 'done' | 'current' | 'upcoming';

/** The progress of a process on a given day, derived from its phases' dates. */
export interface Progress {
  status: ProgressStatus;
  /** The first phase whose dates contain today; null before, after and between phases. */
  currentPhaseId: string | null;
  /** The next phase to start after today (also between two phases). */
  nextPhaseId: string | null;
  states: Record<string, PhaseState>;
  startsOn: string | null;
  endsOn: string | null;
  /** Share of the whole process's days that have begun, 0–100. */
  percent: number;
  /** `percent` rounded to 5, for the `.w-0`…`.w-100` width classes. */
  percentStep: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Today's calendar date 'YYYY-MM-DD' in a time zone (the organisation's, Europe/Helsinki by default). */
export function todayIn(now: Date, timeZone: string): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of dateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

function percentOfDays(startsOn: string, endsOn: string, today: string): number {
  const start = dayNumber(startsOn);
  const total = dayNumber(endsOn) - start + 1;
  const begun = dayNumber(today) - start + 1;
  if (total <= 0 || begun <= 0) return 0;
  return Math.min(100, Math.round((begun / total) * 100));
}

/**
 * Derives the current phase and progress from dates alone, so nobody has to
 * remember to move the process on: the phase containing today is current,
 * before the first it has not started, after the last it is completed.
 */
export function describeProgress(phases: readonly Phase[], today: string): Progress {
  if (phases.length === 0) {
    return {
      status: 'no_phases',
      currentPhaseId: null,
      nextPhaseId: null,
      states: {},
      startsOn: null,
      endsOn: null,
      percent: 0,
      percentStep: 0,
    };
  }
  // ISO dates sort as text, so the earliest start and the latest end are the ends of the sorted lists.
  const startsOn = phases.map((phase) => phase.startsOn).sort()[0]!;
  const endsOn = phases
    .map((phase) => phase.endsOn)
    .sort()
    .at(-1)!;
  const states: Record<string, PhaseState> = {};
  for (const phase of phases) {
    states[phase.id] = phase.endsOn < today ? 'done' : phase.startsOn > today ? 'upcoming' : 'current';
  }
  const current = phases.find((phase) => states[phase.id] === 'current');
  const next = [...phases].filter((phase) => phase.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  const status: ProgressStatus = today < startsOn ? 'not_started' : today > endsOn ? 'completed' : 'running';
  const percent = percentOfDays(startsOn, endsOn, today);
  return {
    status,
    currentPhaseId: current?.id ?? null,
    nextPhaseId: next?.id ?? null,
    states,
    startsOn,
    endsOn,
    percent,
    percentStep: Math.round(percent / 5) * 5,
  };
}
