import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { FollowUp, Goal, Indicator, Objective, Round } from '../model.ts';
import type { GoalIndicatorsTable, GoalObjectivesTable, GoalRoundsTable, GoalsTable } from '../tables.ts';
import '../tables.ts';

const text = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

export const toGoal = (row: GoalsTable): Goal => ({
  id: row.id,
  processId: row.process_id,
  position: row.position,
  title: text(row.title),
  description: text(row.description),
  paragraphId: row.paragraph_id,
});

export const toObjective = (row: GoalObjectivesTable): Objective => ({
  id: row.id,
  goalId: row.goal_id,
  unitId: row.unit_id,
  title: text(row.title),
  ownerUserId: row.owner_user_id,
});

export const toIndicator = (row: GoalIndicatorsTable, targets: Map<number, number> = new Map()): Indicator => ({
  id: row.id,
  objectiveId: row.objective_id,
  name: text(row.name),
  definition: text(row.definition),
  measureUnit: row.measure_unit,
  direction: row.direction,
  sourceKind: row.source_kind,
  sourceCode: row.source_code,
  baselineValue: row.baseline_value === null ? null : Number(row.baseline_value),
  baselineOn: row.baseline_on,
  ownerUserId: row.owner_user_id,
  targets,
});

export const toRound = (row: GoalRoundsTable): Round => ({
  id: row.id,
  processId: row.process_id,
  name: text(row.name),
  year: Number(row.year),
  opensOn: row.opens_on,
  dueOn: row.due_on,
  invitedAt: row.invited_at,
  closedAt: row.closed_at,
});

/** The goals of a process, their objectives and their indicators' rows. */
async function readTree(db: Db, organisationId: string, processId: string) {
  const goals = await db
    .selectFrom('goals')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goals'))
    .where('process_id', '=', processId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const goalIds = goals.map((row) => row.id);
  const objectives =
    goalIds.length === 0
      ? []
      : await db
          .selectFrom('goal_objectives')
          .selectAll()
          .$call(inOrganisation(organisationId, 'goal_objectives'))
          .where('goal_id', 'in', goalIds)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  const objectiveIds = objectives.map((row) => row.id);
  const indicators =
    objectiveIds.length === 0
      ? []
      : await db
          .selectFrom('goal_indicators')
          .selectAll()
          .$call(inOrganisation(organisationId, 'goal_indicators'))
          .where('objective_id', 'in', objectiveIds)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  return { goals, objectives, indicators };
}

/** The indicators' targets (indicator → year → target). */
async function readTargets(db: Db, organisationId: string, indicatorIds: string[]): Promise<Map<string, Map<number, number>>> {
  const rows =
    indicatorIds.length === 0
      ? []
      : await db
          .selectFrom('goal_indicator_targets')
          .select(['indicator_id', 'year', 'target_value'])
          .$call(inOrganisation(organisationId, 'goal_indicator_targets'))
          .where('indicator_id', 'in', indicatorIds)
          .orderBy('year')
          .execute();
  const targets = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const byYear = targets.get(row.indicator_id) ?? new Map<number, number>();
    byYear.set(Number(row.year), Number(row.target_value));
    targets.set(row.indicator_id, byYear);
  }
  return targets;
}

/** A process's rounds and the actuals reported in them. */
async function readRounds(db: Db, organisationId: string, processId: string) {
  const rounds = await db
    .selectFrom('goal_rounds')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goal_rounds'))
    .where('process_id', '=', processId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  const roundIds = rounds.map((row) => row.id);
  const actuals =
    roundIds.length === 0
      ? []
      : await db
          .selectFrom('goal_actuals')
          .selectAll()
          .$call(inOrganisation(organisationId, 'goal_actuals'))
          .where('round_id', 'in', roundIds)
          .execute();
  return { rounds, actuals };
}

/**
 * A process's goals, their objectives, indicators with targets, rounds and actuals: six queries
 * whatever the size (portable SQL, no JSON aggregation), joined in code.
 */
export async function loadFollowUp(db: Db, organisationId: string, processId: string): Promise<FollowUp> {
  const tree = await readTree(db, organisationId, processId);
  const targets = await readTargets(
    db,
    organisationId,
    tree.indicators.map((row) => row.id),
  );
  const { rounds, actuals } = await readRounds(db, organisationId, processId);
  return {
    goals: tree.goals.map(toGoal),
    objectives: tree.objectives.map(toObjective),
    indicators: tree.indicators.map((row) => toIndicator(row, targets.get(row.id))),
    rounds: rounds.map(toRound),
    actuals: actuals.map((row) => ({
      indicatorId: row.indicator_id,
      roundId: row.round_id,
      value: Number(row.actual_value),
      comment: row.comment,
      reportedAt: row.reported_at,
    })),
  };
}
