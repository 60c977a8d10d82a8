import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/** Signs one out everywhere except the session the request came in; answers how many ended. */
export async function endOtherSessions(
  db: Db,
  owner: { organisationId: string; userId: string; sessionId: string | null },
  now: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let query = trx.deleteFrom('sessions').$call(inOrganisation(owner.organisationId, 'sessions')).where('user_id', '=', owner.userId);
    if (owner.sessionId) query = query.where('id', '<>', owner.sessionId);
    const result = await query.executeTakeFirst();
    const ended = Number(result.numDeletedRows);
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.otherSessionsEnd,
        subjectType: 'user',
        subjectId: owner.userId,
        details: { ended },
      },
      now,
    );
    return ended;
  });
}
