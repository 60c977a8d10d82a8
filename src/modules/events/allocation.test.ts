import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countSeats, moveSeat, openSeats, placeSeat, planConflict, type SeatPlan, settle } from './allocation.ts';
import type { SeatPool } from './tables.ts';
import { type Booking, type Operation, QUOTA_IDS, SeatBook } from './test-support/seat-book.ts';

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('register' as const), person: fc.nat(25), quota: fc.option(fc.nat(2)) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cancel' as const), person: fc.nat(25) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('seats' as const), quota: fc.nat(2), seats: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('capacity' as const), capacity: fc.nat(15) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), person: fc.nat(25), quota: fc.option(fc.nat(2)) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
);

const planArbitrary: fc.Arbitrary<SeatPlan> = fc
  .record({ seats: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)), extra: fc.nat(5) })
  .map(({ seats, extra }) => ({
    capacity: seats[0] + seats[1] + seats[2] + extra,
    quotas: new Map(QUOTA_IDS.map((id, index) => [id, seats[index]!])),
    released: false,
  }));

function checkInvariants(book: SeatBook): void {
  const { plan } = book;
  const confirmed = book.bookings.filter((booking) => booking.status === 'confirmed');
  if (plan.capacity !== null) assert.ok(confirmed.length <= plan.capacity, 'confirmed ≤ capacity');
  for (const [quotaId, seats] of plan.quotas) {
    const inQuota = confirmed.filter((booking) => booking.pool === 'quota' && booking.quotaId === quotaId).length;
    assert.ok(inQuota <= seats, `quota ${quotaId}: ${inQuota} confirmed ≤ ${seats} seats`);
  }
  if (!plan.released) assert.ok(confirmed.filter((booking) => booking.pool === 'open').length <= openSeats(plan), 'open ≤ open seats');
  const people = book.bookings.filter((booking) => booking.status !== 'cancelled').map((booking) => booking.person);
  assert.equal(new Set(people).size, people.length, 'one active registration per person');
  // Settled: nobody waits while a seat that fits them is free.
  const counts = countSeats(confirmed as Array<Booking & { pool: SeatPool }>);
  for (const booking of book.bookings.filter((entry) => entry.status === 'waitlisted')) {
    assert.equal(placeSeat(plan, counts, booking.quotaId), null, `waitlisted ${booking.seq} fits a free seat`);
  }
}

/** Each promotion round takes, per quota, the earliest waiting registrants of that quota. */
function checkWaitlistOrder(book: SeatBook, waitingBefore: Booking[]): void {
  const round = book.promotions.at(-1) ?? [];
  for (const promoted of round) {
    const stillWaiting = (other: Booking) => book.bookings.find((entry) => entry.seq === other.seq)?.status === 'waitlisted';
    const overtaken = waitingBefore.filter(
      (other) => other.quotaId === promoted.quotaId && other.seq < promoted.seq && stillWaiting(other),
    );
    assert.deepEqual(
      overtaken.map((other) => other.seq),
      [],
      `registrant ${promoted.seq} overtook an earlier one on the same waitlist`,
    );
  }
}

describe('seat allocation (property-based)', () => {
  it('keeps confirmed ≤ capacity, quotas ≤ seats, one registration per person and waitlist order for any operations', () => {
    fc.assert(
      fc.property(planArbitrary, fc.array(operationArbitrary, { maxLength: 80 }), (plan, operations) => {
        const book = new SeatBook(plan);
        for (const operation of operations) {
          const waitingBefore = book.bookings.filter((booking) => booking.status === 'waitlisted').map((booking) => ({ ...booking }));
          book.apply(operation);
          checkInvariants(book);
          checkWaitlistOrder(book, waitingBefore);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives seats in registration order: the first n of a quota are confirmed, the rest wait', () => {
    fc.assert(
      fc.property(fc.nat(10), fc.nat(30), (seats, registrants) => {
        const book = new SeatBook({ capacity: seats, quotas: new Map([['q0', seats]]), released: false });
        for (let person = 0; person < registrants; person += 1) book.apply({ kind: 'register', person, quota: 0 });
        const statuses = book.bookings.map((booking) => booking.status);
        const expected = Array.from({ length: registrants }, (_, index) => (index < seats ? 'confirmed' : 'waitlisted'));
        assert.deepEqual(statuses, expected);
      }),
    );
  });
});

describe('seat allocation (rules by example)', () => {
  const plan: SeatPlan = {
    capacity: 4,
    quotas: new Map([
      ['a', 2],
      ['b', 1],
    ]),
    released: false,
  };

  it('sends a registrant whose quota is full to that quota’s waitlist even when another quota has room', () => {
    const counts = countSeats([
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'a', pool: 'open' },
    ]);
    assert.equal(placeSeat(plan, counts, 'a'), null);
    assert.equal(placeSeat(plan, counts, 'b'), 'quota');
  });

  it('lets anyone take an open seat, and opens every free seat after the release date', () => {
    assert.equal(placeSeat(plan, countSeats([]), null), 'open');
    const full = countSeats([
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'a', pool: 'open' },
    ]);
    assert.equal(placeSeat({ ...plan, released: true }, full, 'a'), 'open');
  });

  it('promotes the first on the matching waitlist when a seat frees', () => {
    const counts = countSeats([
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'b', pool: 'quota' },
      { quotaId: 'a', pool: 'open' },
    ]);
    const promoted = settle(plan, counts, [
      { id: 'b-first', quotaId: 'b' },
      { id: 'a-first', quotaId: 'a' },
      { id: 'a-second', quotaId: 'a' },
    ]);
    assert.deepEqual(promoted, [{ id: 'a-first', pool: 'quota' }]);
  });

  it('refuses a plan that would take seats already given', () => {
    const counts = countSeats([
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'a', pool: 'quota' },
    ]);
    assert.equal(planConflict({ ...plan, quotas: new Map([['a', 1]]) }, counts), 'quotaBelowConfirmed');
    assert.equal(planConflict({ ...plan, capacity: 1 }, counts), 'capacityBelowConfirmed');
    assert.equal(
      planConflict(
        {
          ...plan,
          quotas: new Map([
            ['a', 3],
            ['b', 2],
          ]),
        },
        counts,
      ),
      'quotasOverCapacity',
    );
    assert.equal(planConflict(plan, counts), null);
  });

  it('refuses to move a confirmed registrant into a quota with no seat left, keeping their seat', () => {
    const counts = countSeats([
      { quotaId: 'a', pool: 'quota' },
      { quotaId: 'b', pool: 'quota' },
      { quotaId: 'b', pool: 'open' },
    ]);
    const tight: SeatPlan = {
      capacity: 3,
      quotas: new Map([
        ['a', 1],
        ['b', 1],
      ]),
      released: false,
    };
    assert.equal(moveSeat(tight, counts, { quotaId: 'a', pool: 'quota' }, 'b'), null);
    assert.deepEqual([counts.total, counts.open, counts.byQuota.get('a'), counts.byQuota.get('b')], [3, 1, 1, 1]);
  });
});
