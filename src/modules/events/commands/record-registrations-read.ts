import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../../../platform/db/platform-tables.ts';

const READ_RECORD_INTERVAL_MILLISECONDS = 60 * 60 * 1000;

/**
 * Records that someone read an event's registrations (names, e-mails, units):
 * at most once per person, event and hour, so a check-in list reloaded at the
 * door does not flood the audit log.
 */
export async function recordRegistrationsRead(db: Db, actor: Actor, eventId: string, ip: string | null, now: Date): Promise<void> {
  const since = new Date(now.getTime() - READ_RECORD_INTERVAL_MILLISECONDS).toISOString();
  const recent = await db
    .selectFrom('audit_log')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'audit_log'))
    .where('action', '=', 'events.registrations.read')
    .where('subject_id', '=', eventId)
    .where('actor_user_id', actor.userId === null ? 'is' : '=', actor.userId)
    .where('created_at', '>', since)
    .limit(1)
    .executeTakeFirst();
  if (recent) return;
  const entry = {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'events.registrations.read',
    subjectType: 'event',
    subjectId: eventId,
    ip,
  };
  await recordAudit(db, entry, now);
}
