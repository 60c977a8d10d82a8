import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Goal, Indicator, Objective } from '../model.ts';
import { toGoal, toIndicator, toObjective } from './load-follow-up.ts';

/** The goal with this id in the organisation, or undefined (unknown and foreign alike). */
export async function findGoal(db: Db, organisationId: string, id: string): Promise<Goal | undefined> {
  const row = await db
    .selectFrom('goals')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goals'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toGoal(row) : undefined;
}

/** The objective with this id in the organisation, or undefined. */
export async function findObjective(db: Db, organisationId: string, id: string): Promise<Objective | undefined> {
  const row = await db
    .selectFrom('goal_objectives')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goal_objectives'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toObjective(row) : undefined;
}

/** The indicator with this id in the organisation, with its targets, or undefined. */
export async function findIndicator(db: Db, organisationId: string, id: string): Promise<Indicator | undefined> {
  const row = await db
    .selectFrom('goal_indicators')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goal_indicators'))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const targets = await db
    .selectFrom('goal_indicator_targets')
    .select(['year', 'target_value'])
    .$call(inOrganisation(organisationId, 'goal_indicator_targets'))
    .where('indicator_id', '=', id)
    .execute();
  return toIndicator(row, new Map(targets.map((target) => [Number(target.year), Number(target.target_value)])));
}
