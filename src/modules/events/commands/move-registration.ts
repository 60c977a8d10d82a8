import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { moveSeat } from '../allocation.ts';
import type { OrganiserAction } from './register-for-event.ts';
import { lockSeats, settleWaitlist } from './seat-lock.ts';

/** What a move did: who else got a seat because of it. */
export interface MoveOutcome {
  promoted: string[];
}

/**
 * The organiser moves a registration to another unit or sector (its quota
 * follows). A confirmed registrant keeps a seat — in the new quota, else an
 * open one — or the move is refused with 409; a freed quota seat goes to that
 * quota's waitlist. Recorded in the audit log with the reason.
 */
export async function moveRegistration(
  db: Db,
  organisationId: string,
  target: { eventId: string; registrationId: string; attributeValues: string[] },
  now: Date,
  organiser: OrganiserAction,
): Promise<MoveOutcome> {
  return db.transaction().execute(async (trx) => {
    const seats = await lockSeats(trx, organisationId, target.eventId, now);
    if (!seats) throw refuse.notFound();
    const row = await trx
      .selectFrom('event_registrations')
      .select(['id', 'status', 'quota_id', 'pool', 'attribute_value'])
      .$call(inOrganisation(organisationId, 'event_registrations'))
      .where('id', '=', target.registrationId)
      .where('event_id', '=', target.eventId)
      .executeTakeFirst();
    if (!row) throw refuse.notFound();
    if (row.status === 'cancelled') throw refuse.conflict('events.cancel.alreadyCancelled');
    const quota = target.attributeValues.map((value) => seats.quotas.find((entry) => entry.attributeValue === value)).find(Boolean);
    const quotaId = quota?.id ?? null;
    let pool = row.pool;
    if (row.status === 'confirmed') {
      pool = moveSeat(seats.plan, seats.counts, { quotaId: row.quota_id, pool: row.pool ?? 'open' }, quotaId);
      if (!pool) throw refuse.conflict('events.move.noSeat');
    }
    await trx
      .updateTable('event_registrations')
      .set({ quota_id: quotaId, attribute_value: target.attributeValues[0] ?? null, pool, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    const promoted = [...seats.promoted, ...(await settleWaitlist(trx, seats, now))];
    const details = { eventId: target.eventId, reason: organiser.reason, from: row.attribute_value, to: target.attributeValues[0] ?? null };
    const entry = {
      organisationId,
      actorUserId: organiser.actor.userId,
      action: 'events.registration.move',
      subjectType: 'event_registration',
      subjectId: row.id,
      details,
      ip: organiser.ip,
    };
    await recordAudit(trx, entry, now);
    return { promoted };
  });
}
