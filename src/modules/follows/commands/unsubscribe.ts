import type { Db } from '../../../platform/db/database.ts';
import { FOLLOWS_AUDIT_ACTIONS } from '../audit-actions.ts';
import { findFollowByToken } from '../queries/find-follow.ts';
import { auditFollow } from './audit-follow.ts';
import { linkInvalid } from './confirm-follow.ts';

/**
 * An unsubscribe link stops the follow: the row is deleted (with every link of it), not kept,
 * so an e-mail follower's data is erased by unsubscribing; the audit entry names the process only.
 */
export async function unsubscribe(db: Db, organisationId: string, token: string, now: Date): Promise<{ processId: string }> {
  return db.transaction().execute(async (trx) => {
    const follow = await findFollowByToken(trx, organisationId, token, 'unsubscribe', now);
    if (!follow) throw linkInvalid();
    const deleted = await trx
      .deleteFrom('follows')
      .where('id', '=', follow.id)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    // A second click racing the first finds the row gone: the same answer as for a used link.
    if (Number(deleted.numDeletedRows) !== 1) throw linkInvalid();
    await auditFollow(
      trx,
      {
        organisationId,
        actorUserId: follow.userId,
        action: FOLLOWS_AUDIT_ACTIONS.unsubscribe,
        processId: follow.processId,
        byEmail: follow.userId === null,
      },
      now,
    );
    return { processId: follow.processId };
  });
}
