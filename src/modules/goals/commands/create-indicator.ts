import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { type IndicatorValues, indicatorColumns } from './indicator-columns.ts';

/** Adds an indicator to an objective (its owner already resolved); answers its id. */
export async function createIndicator(db: Db, actor: Actor, objectiveId: string, input: IndicatorValues, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_indicators')
      .values({
        id,
        organisation_id: actor.organisationId,
        objective_id: objectiveId,
        ...indicatorColumns(input, now),
        created_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.indicator.create',
        subjectType: 'goals_indicator',
        subjectId: id,
        details: { objectiveId },
      },
      now,
    );
  });
  return id;
}
