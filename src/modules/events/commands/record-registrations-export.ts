import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';

/**
 * Records a download of an event's registrations (names, e-mails, answers).
 * Unlike a look at the list, every download is recorded: a file leaves the
 * platform and can travel further.
 */
export async function recordRegistrationsExport(
  db: Db,
  actor: Actor,
  eventId: string,
  format: 'csv' | 'xlsx',
  ip: string | null,
  now: Date,
): Promise<void> {
  const entry = {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'events.registrations.export',
    subjectType: 'event',
    subjectId: eventId,
    details: { format },
    ip,
  };
  await recordAudit(db, entry, now);
}
