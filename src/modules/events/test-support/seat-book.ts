import { countSeats, moveSeat, placeSeat, planConflict, type SeatPlan, settle } from '../allocation.ts';
import type { SeatPool } from '../tables.ts';

/** A registration in the in-memory model. */
export interface Booking {
  person: number;
  seq: number;
  quotaId: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  pool: SeatPool | null;
}

/** An operation on the model: what a registrant or organiser can do. */
export type Operation =
  | { kind: 'register'; person: number; quota: number | null }
  | { kind: 'cancel'; person: number }
  | { kind: 'seats'; quota: number; seats: number }
  | { kind: 'capacity'; capacity: number }
  | { kind: 'move'; person: number; quota: number | null }
  | { kind: 'release' };

/** The model's quotas, addressed by index in operations. */
export const QUOTA_IDS = ['q0', 'q1', 'q2'];

/** The registration commands' use of the allocation functions, over an in-memory book: the model the database is checked against. */
export class SeatBook {
  readonly bookings: Booking[] = [];
  readonly promotions: Booking[][] = [];
  private seq = 0;

  constructor(public plan: SeatPlan) {}

  private active(person: number) {
    return this.bookings.find((booking) => booking.person === person && booking.status !== 'cancelled');
  }

  private counts() {
    return countSeats(this.bookings.filter((booking) => booking.status === 'confirmed') as Array<Booking & { pool: SeatPool }>);
  }

  private settleWaitlist() {
    const waiting = this.bookings.filter((booking) => booking.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
    const promoted = settle(
      this.plan,
      this.counts(),
      waiting.map((booking) => ({ id: String(booking.seq), quotaId: booking.quotaId })),
    );
    const round: Booking[] = [];
    for (const { id, pool } of promoted) {
      const booking = waiting.find((entry) => String(entry.seq) === id)!;
      booking.status = 'confirmed';
      booking.pool = pool;
      round.push(booking);
    }
    this.promotions.push(round);
  }

  apply(operation: Operation): void {
    const quotaOf = (index: number | null) => (index === null ? null : (QUOTA_IDS[index] ?? null));
    if (operation.kind === 'register') {
      if (this.active(operation.person)) return;
      const quotaId = quotaOf(operation.quota);
      const pool = placeSeat(this.plan, this.counts(), quotaId);
      this.seq += 1;
      this.bookings.push({ person: operation.person, seq: this.seq, quotaId, status: pool ? 'confirmed' : 'waitlisted', pool });
    } else if (operation.kind === 'cancel') {
      const booking = this.active(operation.person);
      if (!booking) return;
      booking.status = 'cancelled';
      booking.pool = null;
    } else if (operation.kind === 'seats' || operation.kind === 'capacity') {
      const quotas = new Map(this.plan.quotas);
      if (operation.kind === 'seats') quotas.set(QUOTA_IDS[operation.quota]!, operation.seats);
      const plan = { ...this.plan, quotas, capacity: operation.kind === 'capacity' ? operation.capacity : this.plan.capacity };
      if (planConflict(plan, this.counts())) return;
      this.plan = plan;
    } else if (operation.kind === 'move') {
      const booking = this.active(operation.person);
      if (!booking) return;
      const quotaId = quotaOf(operation.quota);
      if (booking.status === 'confirmed') {
        const pool = moveSeat(this.plan, this.counts(), { quotaId: booking.quotaId, pool: booking.pool! }, quotaId);
        if (!pool) return;
        booking.pool = pool;
      }
      booking.quotaId = quotaId;
    } else {
      this.plan = { ...this.plan, released: true };
    }
    this.settleWaitlist();
  }
}
