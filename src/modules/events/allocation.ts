import type { SeatPool } from './tables.ts';

/**
 * The seat rules of one event, as the allocation needs them. Seats go in
 * registration order: first to the registrant's own quota, then to the open
 * seats (capacity minus every quota's seats); after the release date every
 * free seat is open to everyone. `capacity` null means no limit.
 */
export interface SeatPlan {
  capacity: number | null;
  /** Quota id → its seats. */
  quotas: ReadonlyMap<string, number>;
  released: boolean;
}

/** How many seats are held: in all, in the open pool, and in each quota. */
export interface SeatCounts {
  total: number;
  open: number;
  byQuota: Map<string, number>;
}

/** A held seat: whose quota and which pool. */
export interface SeatHolder {
  quotaId: string | null;
  pool: SeatPool;
}

/** A waiting registrant, in registration order. */
export interface Waiting {
  id: string;
  quotaId: string | null;
}

/** Counts the seats held by confirmed registrations. */
export function countSeats(holders: Iterable<SeatHolder>): SeatCounts {
  const counts: SeatCounts = { total: 0, open: 0, byQuota: new Map() };
  for (const holder of holders) take(counts, holder);
  return counts;
}

/** Seats no quota reserves: open to anyone from the start. */
export function openSeats(plan: SeatPlan): number {
  if (plan.capacity === null) return Number.POSITIVE_INFINITY;
  let reserved = 0;
  for (const seats of plan.quotas.values()) reserved += seats;
  return Math.max(0, plan.capacity - reserved);
}

/** The pool a registrant of this quota would get a seat from now, or null (waitlist). */
export function placeSeat(plan: SeatPlan, counts: SeatCounts, quotaId: string | null): SeatPool | null {
  if (plan.capacity !== null && counts.total >= plan.capacity) return null;
  const seats = quotaId === null ? undefined : plan.quotas.get(quotaId);
  if (seats !== undefined && quotaId !== null && (counts.byQuota.get(quotaId) ?? 0) < seats) return 'quota';
  if (plan.released || counts.open < openSeats(plan)) return 'open';
  return null;
}

/** Records a seat as held. */
export function take(counts: SeatCounts, holder: SeatHolder): void {
  counts.total += 1;
  if (holder.pool === 'open') counts.open += 1;
  else if (holder.quotaId !== null) counts.byQuota.set(holder.quotaId, (counts.byQuota.get(holder.quotaId) ?? 0) + 1);
}

/** Records a seat as given up. */
export function giveUp(counts: SeatCounts, holder: SeatHolder): void {
  counts.total -= 1;
  if (holder.pool === 'open') counts.open -= 1;
  else if (holder.quotaId !== null) counts.byQuota.set(holder.quotaId, (counts.byQuota.get(holder.quotaId) ?? 0) - 1);
}

/**
 * Fills free seats from the waitlist in registration order: each waiting
 * registrant gets a seat if one fits them now. Two registrants of the same
 * quota fit under the same conditions, so nobody overtakes an earlier one of
 * their own waitlist. Mutates `counts`; answers who was promoted to which pool.
 */
export function settle(plan: SeatPlan, counts: SeatCounts, waitlist: readonly Waiting[]): Array<{ id: string; pool: SeatPool }> {
  const promoted: Array<{ id: string; pool: SeatPool }> = [];
  for (const waiting of waitlist) {
    if (plan.capacity !== null && counts.total >= plan.capacity) break;
    const pool = placeSeat(plan, counts, waiting.quotaId);
    if (!pool) continue;
    take(counts, { quotaId: waiting.quotaId, pool });
    promoted.push({ id: waiting.id, pool });
  }
  return promoted;
}

/**
 * Where a confirmed registrant lands when the organiser moves them to another
 * quota: a seat of the new quota, else an open one, else null — the move is
 * then refused, because a move must never cost anyone their seat. `counts`
 * ends up counting the registrant where they sit afterwards.
 */
export function moveSeat(plan: SeatPlan, counts: SeatCounts, from: SeatHolder, toQuotaId: string | null): SeatPool | null {
  giveUp(counts, from);
  const pool = placeSeat(plan, counts, toQuotaId);
  take(counts, pool ? { quotaId: toQuotaId, pool } : from);
  return pool;
}

/** The reasons a new seat plan is refused. */
export type PlanConflict = 'capacityBelowConfirmed' | 'quotaBelowConfirmed' | 'quotasOverCapacity' | 'openSeatsTaken';

/**
 * Why a new plan cannot hold the seats already given, or null when it can:
 * a change of capacity or quotas never takes a seat from anyone.
 */
export function planConflict(plan: SeatPlan, counts: SeatCounts): PlanConflict | null {
  if (plan.capacity !== null && plan.capacity < counts.total) return 'capacityBelowConfirmed';
  let reserved = 0;
  for (const [quotaId, seats] of plan.quotas) {
    reserved += seats;
    if (seats < (counts.byQuota.get(quotaId) ?? 0)) return 'quotaBelowConfirmed';
  }
  if (plan.capacity === null) return null;
  if (reserved > plan.capacity) return 'quotasOverCapacity';
  if (!plan.released && reserved + counts.open > plan.capacity) return 'openSeatsTaken';
  return null;
}
