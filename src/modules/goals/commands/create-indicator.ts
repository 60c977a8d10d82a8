import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { IndicatorInput } from '../schemas.ts';

/** Adds an indicator to an objective (its owner already resolved); answers its id. */
export async function createIndicator(
  db: Db,
  actor: Actor,
  objectiveId: string,
  input: Omit<IndicatorInput, 'ownerEmail'> & { ownerUserId: string | null },
  now: Date,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_indicators')
      .values({
        id,
        organisation_id: actor.organisationId,
        objective_id: objectiveId,
        name: JSON.stringify(input.name),
        definition: JSON.stringify(input.definition),
        measure_unit: input.measureUnit,
        direction: input.direction,
        source_kind: input.sourceKind,
        source_code: input.sourceCode,
        baseline_value: input.baselineValue ?? null,
        baseline_on: input.baselineOn ?? null,
        owner_user_id: input.ownerUserId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
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
