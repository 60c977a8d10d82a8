import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { ContactInput } from '../schemas.ts';

/** Sets the address each feedback is mailed to, and records the change in the audit log. */
export async function setFeedbackContact(db: Db, actor: Actor, input: ContactInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updatedAt = now.toISOString();
    await trx
      .insertInto('privacy_settings')
      .values({ organisation_id: actor.organisationId, feedback_email: input.feedbackEmail, updated_at: updatedAt })
      .onConflict((conflict) =>
        conflict.column('organisation_id').doUpdateSet({ feedback_email: input.feedbackEmail, updated_at: updatedAt }),
      )
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'privacy.contact.update',
        subjectType: 'privacy_settings',
        subjectId: actor.organisationId,
        details: {},
      },
      now,
    );
  });
}
