import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { TargetInput } from '../schemas.ts';

/** Sets an indicator's target for a year (replacing an earlier one for that year). */
export async function setTarget(db: Db, actor: Actor, indicatorId: string, input: TargetInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_indicator_targets')
      .values({
        organisation_id: actor.organisationId,
        indicator_id: indicatorId,
        year: input.year,
        target_value: input.targetValue,
        updated_at: now.toISOString(),
      })
      .onConflict((conflict) =>
        conflict.columns(['indicator_id', 'year']).doUpdateSet({ target_value: input.targetValue, updated_at: now.toISOString() }),
      )
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.target.set',
        subjectType: 'goals_indicator',
        subjectId: indicatorId,
        details: { year: input.year, target: input.targetValue },
      },
      now,
    );
  });
}
