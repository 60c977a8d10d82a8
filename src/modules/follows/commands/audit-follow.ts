import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { FollowsAuditAction } from '../audit-actions.ts';

/**
 * Records a follow's change in the caller's transaction. The subject is the process; the entry
 * keeps no address (a follower by e-mail is erased by unsubscribing), only whether the follow
 * is an account's or by e-mail.
 */
export async function auditFollow(
  trx: Db,
  change: { organisationId: string; actorUserId: string | null; action: FollowsAuditAction; processId: string; byEmail: boolean },
  now: Date,
): Promise<void> {
  await recordAudit(
    trx,
    {
      organisationId: change.organisationId,
      actorUserId: change.actorUserId,
      action: change.action,
      subjectType: 'process',
      subjectId: change.processId,
      details: { via: change.byEmail ? 'email' : 'account' },
    },
    now,
  );
}
