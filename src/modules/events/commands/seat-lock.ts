import type { Transaction } from 'kysely';
import { batchShared, dropShared, shareInBatch } from '../../../platform/db/group-commit.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type SeatCounts, type SeatPlan, settle } from '../allocation.ts';
import { type Quota, readSeats, seatPlanOf } from '../queries/seat-state.ts';
import type { EventsTable } from '../tables.ts';

/** A write transaction. */
export type Trx = Transaction<Database>;

/** An event's seats, read while its row is locked. */
export interface LockedSeats {
  event: EventsTable;
  quotas: Quota[];
  plan: SeatPlan;
  counts: SeatCounts;
  /** Registrations promoted while locking (the release date had come): they get their mail too. */
  promoted: string[];
}

/**
 * Locks an event's seats for the rest of the transaction and reads them.
 * The first statement is an UPDATE of the event's row: PostgreSQL then
 * makes every other transaction that changes this event's seats wait for our
 * commit, and SQLite runs one write transaction at a time anyway, so what we
 * read next is what we decide on. `takeNumber` hands out the next number in
 * registration order in the same statement.
 */
export async function lockSeats(
  trx: Trx,
  organisationId: string,
  eventId: string,
  now: Date,
  takeNumber = false,
): Promise<LockedSeats | null> {
  // A registration earlier in the same group commit may hold the seats in memory: written back first.
  await dropShared(trx, sharedKey(eventId));
  const event = await trx
    .updateTable('events')
    .set((eb) => ({ registration_seq: eb('registration_seq', '+', takeNumber ? 1 : 0) }))
    .$call(inOrganisation(organisationId, 'events'))
    .where('id', '=', eventId)
    .returningAll()
    .executeTakeFirst();
  if (!event) return null;
  const { quotas, counts } = await readSeats(trx, organisationId, eventId);
  const seats: LockedSeats = { event, quotas, plan: seatPlanOf(event, quotas, now), counts, promoted: [] };
  if (seats.plan.released && event.quotas_released_at === null) await releaseQuotas(trx, seats, now);
  return seats;
}

/** Opens the seats left in quotas to the waitlist once the release date has come; done once per event. */
async function releaseQuotas(trx: Trx, seats: LockedSeats, now: Date): Promise<void> {
  seats.promoted.push(...(await settleWaitlist(trx, seats, now)));
  await trx.updateTable('events').set({ quotas_released_at: now.toISOString() }).where('id', '=', seats.event.id).execute();
  seats.event.quotas_released_at = now.toISOString();
}

/**
 * Gives every free seat to the first on the waitlist it fits, in
 * registration order, and answers who was promoted (for their mail).
 */
export async function settleWaitlist(trx: Trx, seats: LockedSeats, now: Date): Promise<string[]> {
  const { event } = seats;
  const waiting = await trx
    .selectFrom('event_registrations')
    .select(['id', 'quota_id'])
    .$call(inOrganisation(event.organisation_id, 'event_registrations'))
    .where('event_id', '=', event.id)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .execute();
  const promoted = settle(
    seats.plan,
    seats.counts,
    waiting.map((row) => ({ id: row.id, quotaId: row.quota_id })),
  );
  for (const { id, pool } of promoted) {
    await trx
      .updateTable('event_registrations')
      .set({ status: 'confirmed', pool, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'waitlisted')
      .execute();
  }
  return promoted.map((entry) => entry.id);
}

const sharedKey = (eventId: string) => `events.seats:${eventId}`;

/**
 * lockSeats for a registration in a group commit (`inGroupCommit` under the event's key): the
 * batch's first piece locks and reads the seats, and the later ones take the next number and
 * decide on the same seats kept in memory, without a round trip while the lock is held. The
 * piece must `take` the seat it gives into `counts`. The number in registration order is
 * written back once, before the commit (or before anyone else reads the event in the batch); a
 * piece that fails drops the seats, so the next one reads them afresh. Where the release date
 * comes during the batch, the seats are locked again as lockSeats does (it settles the waitlist).
 */
export async function lockSeatsForRegistration(trx: Trx, organisationId: string, eventId: string, now: Date): Promise<LockedSeats | null> {
  const shared = batchShared<LockedSeats>(trx, sharedKey(eventId));
  if (shared) {
    const seats = shared.value;
    const plan = seatPlanOf(seats.event, seats.quotas, now);
    if (!(plan.released && seats.event.quotas_released_at === null)) {
      seats.event.registration_seq += 1;
      seats.plan = plan;
      return { ...seats, promoted: [] };
    }
  }
  const seats = await lockSeats(trx, organisationId, eventId, now, true);
  if (!seats) return null;
  let written = seats.event.registration_seq;
  shareInBatch(trx, sharedKey(eventId), {
    value: seats,
    flush: async (flushing) => {
      if (seats.event.registration_seq === written) return;
      written = seats.event.registration_seq;
      await flushing
        .updateTable('events')
        .set({ registration_seq: written })
        .$call(inOrganisation(organisationId, 'events'))
        .where('id', '=', eventId)
        .execute();
    },
  });
  return seats;
}
