import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { IndicatorStatus } from './status.ts';
import type { IndicatorDirection, IndicatorSourceKind, MeasureStatus } from './tables.ts';

/** A strategy goal of a process. */
export interface Goal {
  id: string;
  processId: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  paragraphId: string | null;
}

/** A unit's objective citing its goal. */
export interface Objective {
  id: string;
  goalId: string;
  unitId: string;
  title: LocalizedText;
  ownerUserId: string | null;
}

/** An indicator with its targets by year. */
export interface Indicator {
  id: string;
  objectiveId: string;
  name: LocalizedText;
  definition: LocalizedText;
  measureUnit: string;
  direction: IndicatorDirection;
  sourceKind: IndicatorSourceKind;
  sourceCode: string | null;
  baselineValue: number | null;
  baselineOn: string | null;
  ownerUserId: string | null;
  /** year → target. */
  targets: Map<number, number>;
}

/** A reporting round of the follow-up calendar. */
export interface Round {
  id: string;
  processId: string;
  name: LocalizedText;
  year: number;
  opensOn: string;
  dueOn: string;
  invitedAt: string | null;
  closedAt: string | null;
}

/** An indicator's figure in a round. */
export interface Actual {
  indicatorId: string;
  roundId: string;
  value: number;
  comment: string;
  reportedAt: string;
}

/** An indicator in a round: target, actual and status. */
export interface IndicatorInRound {
  round: Round;
  target: number | undefined;
  actual: Actual | undefined;
  status: IndicatorStatus;
}

/** Everything a process's follow-up shows, read with one query per table. */
export interface FollowUp {
  goals: Goal[];
  objectives: Objective[];
  indicators: Indicator[];
  rounds: Round[];
  actuals: Actual[];
}

/** A measure (toimenpide) of an objective. */
export interface Measure {
  id: string;
  objectiveId: string;
  title: LocalizedText;
  ownerUserId: string | null;
  dueOn: string;
  status: MeasureStatus;
}
