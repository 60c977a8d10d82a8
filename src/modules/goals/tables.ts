/** A strategy goal of a process (päämäärä); `paragraph_id` cites the story paragraph it came from, when known. */
export interface GoalsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  position: number;
  /** LocalizedText JSON. */
  title: string;
  /** LocalizedText JSON. */
  description: string;
  paragraph_id: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A unit's objective (tavoite): it always cites the goal it serves. */
export interface GoalObjectivesTable {
  id: string;
  organisation_id: string;
  goal_id: string;
  unit_id: string;
  /** LocalizedText JSON. */
  title: string;
  owner_user_id: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Which way is good for an indicator. */
export type IndicatorDirection = 'up' | 'down';

/** Where an indicator's figures come from: entered by hand, a CSV upload, or a public statistic by code. */
export type IndicatorSourceKind = 'manual' | 'csv' | 'statistic';

/** An indicator (mittari) of an objective. */
export interface GoalIndicatorsTable {
  id: string;
  organisation_id: string;
  objective_id: string;
  /** LocalizedText JSON. */
  name: string;
  /** LocalizedText JSON. */
  definition: string;
  measure_unit: string;
  direction: IndicatorDirection;
  source_kind: IndicatorSourceKind;
  /** A public statistic's code (e.g. a Sotkanet indicator id), recorded even where it is not fetched. */
  source_code: string | null;
  baseline_value: number | null;
  baseline_on: string | null;
  /** Who reports its figures; the objective's owner when null. */
  owner_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** An indicator's target for a year. */
export interface GoalIndicatorTargetsTable {
  organisation_id: string;
  indicator_id: string;
  year: number;
  target_value: number;
  updated_at: string;
}

/** A reporting round of a process's follow-up calendar (vuosikello). */
export interface GoalRoundsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  /** LocalizedText JSON. */
  name: string;
  /** The year whose targets the round's figures are compared with. */
  year: number;
  opens_on: string;
  due_on: string;
  invited_at: string | null;
  /** When the reporters still missing figures were reminded before the due day; once per round. */
  reminded_at: string | null;
  closed_at: string | null;
  created_at: string;
}

/** An indicator's actual figure in a round, with the reporter's comment. */
export interface GoalActualsTable {
  organisation_id: string;
  indicator_id: string;
  round_id: string;
  actual_value: number;
  comment: string;
  reported_by_user_id: string | null;
  reported_at: string;
}

/** A single-purpose link mailed to an owner for a round: only its SHA-256 is kept. */
export interface GoalReportLinksTable {
  token_hash: string;
  organisation_id: string;
  round_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** How far a measure has got. */
export type MeasureStatus = 'planned' | 'in_progress' | 'done';

/** A measure (toimenpide) of an objective: what is done, by whom and by when. */
export interface GoalMeasuresTable {
  id: string;
  organisation_id: string;
  objective_id: string;
  /** LocalizedText JSON. */
  title: string;
  owner_user_id: string | null;
  due_on: string;
  status: MeasureStatus;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A person's choice about trace mail (no row: they are mailed). */
export interface GoalMailPreferencesTable {
  organisation_id: string;
  user_id: string;
  /** 1: mail me when what I said reaches a goal or an objective's status changes; 0: do not. */
  trace_mail: number;
  updated_at: string;
}

/** An objective's status as last announced by mail (no row: no data). */
export interface GoalObjectiveNoticesTable {
  objective_id: string;
  organisation_id: string;
  status: string;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    goals: GoalsTable;
    goal_objectives: GoalObjectivesTable;
    goal_indicators: GoalIndicatorsTable;
    goal_indicator_targets: GoalIndicatorTargetsTable;
    goal_rounds: GoalRoundsTable;
    goal_actuals: GoalActualsTable;
    goal_report_links: GoalReportLinksTable;
    goal_measures: GoalMeasuresTable;
    goal_mail_preferences: GoalMailPreferencesTable;
    goal_objective_notices: GoalObjectiveNoticesTable;
  }
}
