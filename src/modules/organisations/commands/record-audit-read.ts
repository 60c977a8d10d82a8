import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../../../platform/db/platform-tables.ts';

const READ_RECORD_INTERVAL_MILLISECONDS = 60 * 60 * 1000;

/**
 * Records that an admin read the audit log, which holds personal data (names,
 * IP addresses). At most once per admin per hour, so paging does not flood it.
 */
export async function recordAuditRead(db: Db, actor: Actor, ip: string | null, now: Date): Promise<void> {
  const since = new Date(now.getTime() - READ_RECORD_INTERVAL_MILLISECONDS).toISOString();
  await db.transaction().execute(async (trx) => {
    const recent = await trx
      .selectFrom('audit_log')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'audit_log'))
      .where('action', '=', 'organisations.audit.read')
      .where('actor_user_id', actor.userId === null ? 'is' : '=', actor.userId)
      .where('created_at', '>', since)
      .limit(1)
      .executeTakeFirst();
    if (recent) return;
    await recordAudit(
      trx,
      { organisationId: actor.organisationId, actorUserId: actor.userId, action: 'organisations.audit.read', subjectType: 'audit_log', ip },
      now,
    );
  });
}
