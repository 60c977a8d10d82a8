import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { openSeats } from '../allocation.ts';
import type { Event } from './find-event.ts';
import { isReleased, listQuotas, type Quota, seatPlanOf } from './seat-state.ts';

/** One quota's seats and how they are taken. */
export interface QuotaSummary extends Quota {
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
}

/** How an event's seats stand: in all, per quota and in the open pool. */
export interface SeatSummary {
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
  quotas: QuotaSummary[];
  open: { seats: number | null; confirmed: number; waitlisted: number; checkedIn: number };
  released: boolean;
}

/** The seat figures of an event (two queries: quotas, and one grouped count of registrations). */
export async function seatSummary(db: Db, event: Event, now: Date): Promise<SeatSummary> {
  const quotas = await listQuotas(db, event.organisationId, event.id);
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => [
      'quota_id',
      'pool',
      'status',
      eb.fn.countAll<number>().as('registrations'),
      eb.fn.count<number>('checked_in_at').as('arrived'),
    ])
    .$call(inOrganisation(event.organisationId, 'event_registrations'))
    .where('event_id', '=', event.id)
    .where('status', '<>', 'cancelled')
    .groupBy(['quota_id', 'pool', 'status'])
    .execute();
  const summaries = quotas.map((quota) => ({ ...quota, confirmed: 0, waitlisted: 0, checkedIn: 0 }));
  const open = { seats: null as number | null, confirmed: 0, waitlisted: 0, checkedIn: 0 };
  const summary: SeatSummary = {
    capacity: event.capacity,
    confirmed: 0,
    waitlisted: 0,
    checkedIn: 0,
    quotas: summaries,
    open,
    released: isReleased(event.quotaReleaseAt, now),
  };
  for (const row of rows) {
    const count = Number(row.registrations);
    const owner = (row.quota_id ? summaries.find((quota) => quota.id === row.quota_id) : undefined) ?? open;
    if (row.status === 'confirmed') {
      summary.confirmed += count;
      summary.checkedIn += Number(row.arrived);
      (row.pool === 'quota' ? owner : open).confirmed += count;
      // Attendance is counted by whom people belong to, even when they sit in an open seat.
      owner.checkedIn += Number(row.arrived);
    } else {
      summary.waitlisted += count;
      owner.waitlisted += count;
    }
  }
  const planOpen = openSeats(seatPlanOf({ capacity: event.capacity, quota_release_at: event.quotaReleaseAt }, quotas, now));
  open.seats = Number.isFinite(planOpen) ? planOpen : null;
  return summary;
}
