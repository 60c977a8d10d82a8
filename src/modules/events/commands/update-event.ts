import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import type { EventInput } from '../schemas.ts';
import type { EventsTable } from '../tables.ts';
import { checkEventReferences, eventColumns, eventInstants, replaceAudience } from './event-checks.ts';

/** What registrants must hear of a change: nothing, a change of time or place, or the cancellation. */
export type ChangeNotice = 'none' | 'changed' | 'cancelled';

function noticeOf(before: EventsTable, after: ReturnType<typeof eventColumns>): ChangeNotice {
  if (before.status !== 'cancelled' && after.status === 'cancelled') return 'cancelled';
  if (after.status === 'cancelled' || after.status === 'held') return 'none';
  const moved = before.starts_at !== after.starts_at || before.ends_at !== after.ends_at;
  const relocated = before.place !== after.place || before.online_url !== after.online_url;
  return moved || relocated ? 'changed' : 'none';
}

/**
 * Changes an event's details. Every change raises the iCalendar SEQUENCE so
 * calendars that hold the event replace it; answers which notice the
 * registrants get (time, place or link changed; or the event cancelled).
 */
export async function updateEvent(
  db: Db,
  actor: Actor,
  eventId: string,
  input: EventInput,
  timeZone: string,
  now: Date,
): Promise<ChangeNotice> {
  const instants = eventInstants(input, timeZone);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('events')
      .selectAll()
      .$call(inOrganisation(actor.organisationId, 'events'))
      .where('id', '=', eventId)
      .executeTakeFirst();
    if (!before) throw refuse.notFound();
    await checkEventReferences(trx, actor.organisationId, before.process_id, input);
    const columns = eventColumns(input, instants);
    await trx
      .updateTable('events')
      .set((eb) => ({ ...columns, sequence: eb('sequence', '+', 1), updated_at: now.toISOString() }))
      .where('id', '=', eventId)
      .execute();
    await replaceAudience(trx, actor.organisationId, eventId, input);
    const details = { title: input.title.fi, status: input.status, startsAt: instants.startsAt };
    const entry = {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'events.event.update',
      subjectType: 'event',
      subjectId: eventId,
      details,
    };
    await recordAudit(trx, entry, now);
    // The process timeline links its items to their events, and it is served from the render cache.
    await bumpPageVersion(trx, actor.organisationId);
    return noticeOf(before, columns);
  });
}
