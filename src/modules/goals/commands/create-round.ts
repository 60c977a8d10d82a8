import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { RoundInput } from '../schemas.ts';

/** Adds a reporting round to a process's follow-up calendar; answers its id. */
export async function createRound(db: Db, actor: Actor, processId: string, input: RoundInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_rounds')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        name: JSON.stringify(input.name),
        year: input.year,
        opens_on: input.opensOn,
        due_on: input.dueOn,
        invited_at: null,
        closed_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.round.create',
        subjectType: 'goals_round',
        subjectId: id,
        details: { processId, year: input.year, dueOn: input.dueOn },
      },
      now,
    );
  });
  return id;
}
