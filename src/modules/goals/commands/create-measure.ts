import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { MeasureInput } from '../schemas.ts';

/** Adds a measure to an objective (its owner already resolved); answers its id. */
export async function createMeasure(
  db: Db,
  actor: Actor,
  objectiveId: string,
  input: Omit<MeasureInput, 'ownerEmail'> & { ownerUserId: string | null },
  now: Date,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_measures')
      .values({
        id,
        organisation_id: actor.organisationId,
        objective_id: objectiveId,
        title: JSON.stringify(input.title),
        owner_user_id: input.ownerUserId,
        due_on: input.dueOn,
        status: input.status,
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.measure.create',
        subjectType: 'goals_objective',
        subjectId: objectiveId,
        details: { measureId: id, dueOn: input.dueOn },
      },
      now,
    );
  });
  return id;
}
