import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { giveUp } from '../allocation.ts';
import type { OrganiserAction } from './register-for-event.ts';
import { lockSeats, settleWaitlist, type Trx } from './seat-lock.ts';

/** What a cancellation did: whose seat, and who got it. */
export interface CancelOutcome {
  eventId: string;
  registrationId: string;
  promoted: string[];
}

async function activeRegistration(trx: Trx, organisationId: string, registration: { id: string; eventId: string }) {
  const row = await trx
    .selectFrom('event_registrations')
    .select(['id', 'event_id', 'status', 'invitation_id', 'quota_id', 'pool'])
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('id', '=', registration.id)
    .where('event_id', '=', registration.eventId)
    .executeTakeFirst();
  if (!row) throw refuse.notFound();
  if (row.status === 'cancelled') throw refuse.conflict('events.cancel.alreadyCancelled');
  return row;
}

/**
 * Cancels a registration (by its own link, or by the organiser with a
 * reason) and gives the seat to the first on the matching waitlist, in the
 * same transaction that locks the event's seats. A second cancel answers
 * 409 and changes nothing.
 */
export async function cancelRegistration(
  db: Db,
  organisationId: string,
  registration: { id: string; eventId: string },
  now: Date,
  organiser?: OrganiserAction,
): Promise<CancelOutcome> {
  return db.transaction().execute(async (trx) => {
    const seats = await lockSeats(trx, organisationId, registration.eventId, now);
    if (!seats) throw refuse.notFound();
    const row = await activeRegistration(trx, organisationId, registration);
    await trx
      .updateTable('event_registrations')
      .set({ status: 'cancelled', pool: null, cancelled_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    // An invitation can be used again once its registration is cancelled.
    if (row.invitation_id)
      await trx.updateTable('event_invitations').set({ registration_id: null }).where('id', '=', row.invitation_id).execute();
    if (row.status === 'confirmed') giveUp(seats.counts, { quotaId: row.quota_id, pool: row.pool ?? 'open' });
    const promoted = [...seats.promoted, ...(await settleWaitlist(trx, seats, now))];
    if (organiser) {
      const entry = {
        organisationId,
        actorUserId: organiser.actor.userId,
        action: 'events.registration.remove',
        subjectType: 'event_registration',
        subjectId: row.id,
        details: { eventId: row.event_id, reason: organiser.reason, was: row.status },
        ip: organiser.ip,
      };
      await recordAudit(trx, entry, now);
    }
    return { eventId: row.event_id, registrationId: row.id, promoted };
  });
}
