import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { TraceMailInput } from '../schemas.ts';
import '../tables.ts';

/** A person turns trace mail on or off for themselves (recorded in the audit log as `goals.traceMail.set`). */
export async function setTraceMail(
  db: Db,
  person: { organisationId: string; userId: string },
  input: TraceMailInput,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_mail_preferences')
      .values({
        organisation_id: person.organisationId,
        user_id: person.userId,
        trace_mail: input.traceMail ? 1 : 0,
        updated_at: now.toISOString(),
      })
      .onConflict((conflict) =>
        conflict
          .columns(['organisation_id', 'user_id'])
          .doUpdateSet({ trace_mail: input.traceMail ? 1 : 0, updated_at: now.toISOString() }),
      )
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: person.organisationId,
        actorUserId: person.userId,
        action: 'goals.traceMail.set',
        subjectType: 'user',
        subjectId: person.userId,
        details: { traceMail: input.traceMail },
      },
      now,
    );
  });
}
