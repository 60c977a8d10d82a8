import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { RoundInput } from '../schemas.ts';
import { checkRoundReferences } from './check-round-references.ts';
import { roundColumns } from './round-columns.ts';

/** Creates a dialogue round of a process and records it in the audit log. Answers its id. */
export async function createRound(db: Db, actor: Actor, input: RoundInput, now: Date): Promise<string> {
  await checkRoundReferences(db, actor.organisationId, input);
  const id = newId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('dialogue_rounds')
      .values({
        id,
        organisation_id: actor.organisationId,
        ...roundColumns(input),
        created_by_user_id: actor.userId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.round.create',
        subjectType: 'dialogue_round',
        subjectId: id,
        details: { title: input.title.fi, dueOn: input.dueOn },
      },
      now,
    );
  });
  return id;
}
