import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { FOLLOWS_AUDIT_ACTIONS } from '../audit-actions.ts';
import { auditFollow } from './audit-follow.ts';

/** The account stops following the process: its row goes (with its links); doing it twice changes (and audits) nothing. */
export async function unfollowAsUser(db: Db, organisationId: string, userId: string, processId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('follows')
      .$call(inOrganisation(organisationId, 'follows'))
      .where('user_id', '=', userId)
      .where('process_id', '=', processId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return;
    await auditFollow(trx, { organisationId, actorUserId: userId, action: FOLLOWS_AUDIT_ACTIONS.unfollow, processId, byEmail: false }, now);
  });
}
