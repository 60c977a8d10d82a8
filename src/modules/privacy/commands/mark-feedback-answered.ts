import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';

/** Marks a feedback answered (once: a second mark keeps the first time) and records it in the audit log. */
export async function markFeedbackAnswered(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('privacy_feedbacks')
      .select(['id', 'answered_at'])
      .$call(inOrganisation(actor.organisationId, 'privacy_feedbacks'))
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw refuse.notFound();
    if (row.answered_at) return;
    await trx
      .updateTable('privacy_feedbacks')
      .set({ answered_at: now.toISOString(), answered_by_user_id: actor.userId })
      .where('id', '=', id)
      .where('answered_at', 'is', null)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'privacy.feedback.answer',
        subjectType: 'privacy_feedback',
        subjectId: id,
        details: {},
      },
      now,
    );
  });
}
