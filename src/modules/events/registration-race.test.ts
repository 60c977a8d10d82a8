import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { Crowd } from './test-support/crowd.ts';
import { createRushEvent, type RushEvent } from './test-support/rush-event.ts';

const REQUESTS = 2000;
const DUPLICATES = 100;
const BAD_UNITS = 20;

interface Attempt {
  email: string;
  unitId: string;
  quotaUnitId: string | null;
}

/** 2,000 attempts: distinct people spread unevenly over the units, some sent twice, some with a unit that does not exist. */
function attemptsFor(rush: RushEvent): Attempt[] {
  const attempts: Attempt[] = [];
  const people = REQUESTS - DUPLICATES - BAD_UNITS;
  for (let index = 0; index < people; index += 1) {
    // Most want in from the big units; the smallest unit gets a single registrant and keeps seats free.
    const unit = index === 0 ? rush.units.at(-1)! : rush.units[index % (rush.units.length - 1)]!;
    const viaWorkCommunity = unit.workCommunityIds.length > 0 && index % 3 === 0;
    attempts.push({
      email: `rush-${index}@example.com`,
      unitId: viaWorkCommunity ? unit.workCommunityIds[0]! : unit.id,
      quotaUnitId: unit.id,
    });
  }
  for (let index = 0; index < DUPLICATES; index += 1) attempts.push({ ...attempts[index * 7]! });
  for (let index = 0; index < BAD_UNITS; index += 1)
    attempts.push({ email: `bad-${index}@example.com`, unitId: `no-such-unit-${index}`, quotaUnitId: null });
  // Interleave so duplicates and bad input race with everything else.
  return attempts
    .map((attempt, index) => ({ attempt, key: (index * 7919) % attempts.length }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.attempt);
}

async function post(crowd: Crowd, eventId: string, attempt: Attempt, index: number) {
  const body = { name: `Rush ${index}`, email: attempt.email, attributeValue: attempt.unitId };
  const response = await crowd.postJson(`/api/v1/events/${eventId}/registrations`, body, index);
  return {
    attempt,
    status: response.status,
    body: response.status === 201 ? (JSON.parse(response.text) as { id: string; status: string }) : null,
  };
}

describe(`registration rush: ${REQUESTS} concurrent requests for 70 seats in unit quotas`, () => {
  let test: TestApp;
  let rush: RushEvent;
  let results: Awaited<ReturnType<typeof post>>[];
  let elapsed = 0;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock('2013-03-10T08:00:00Z'), environment: { TRUST_PROXY: '1' } });
    rush = await createRushEvent(test, 70);
    const crowd = new Crowd(test.baseUrl, REQUESTS);
    await crowd.connect();
    const attempts = attemptsFor(rush);
    const started = performance.now();
    results = await Promise.all(attempts.map((attempt, index) => post(crowd, rush.eventId, attempt, index)));
    elapsed = performance.now() - started;
    crowd.close();
    console.log(
      `${test.engine}: ${REQUESTS} registration requests answered in ${Math.round(elapsed)} ms (${Math.round((REQUESTS / elapsed) * 1000)} per second)`,
    );
  });
  after(() => test.close());

  it('answers every request with a definite result: 201, 409 for a second registration, 422 for an unknown unit', () => {
    const unexpected = results.filter((result) => ![201, 409, 422].includes(result.status)).map((result) => result.status);
    assert.deepEqual(unexpected, []);
    assert.equal(results.filter((result) => result.status === 422).length, BAD_UNITS);
    assert.equal(results.filter((result) => result.status === 409).length, DUPLICATES);
    assert.equal(results.filter((result) => result.status === 201).length, REQUESTS - DUPLICATES - BAD_UNITS);
  });

  it('confirms no more than the capacity and no quota beyond its seats, filling each quota as far as its demand goes', async () => {
    const rows = await test.context.db.selectFrom('event_registrations').selectAll().where('event_id', '=', rush.eventId).execute();
    const confirmed = rows.filter((row) => row.status === 'confirmed');
    assert.ok(confirmed.length <= 70, `${confirmed.length} confirmed for 70 seats`);
    for (const unit of rush.units) {
      const inQuota = confirmed.filter((row) => row.quota_id === unit.quotaId).length;
      const demand = new Set(results.filter((result) => result.attempt.quotaUnitId === unit.id).map((result) => result.attempt.email)).size;
      assert.equal(inQuota, Math.min(unit.seats, demand), `unit with ${unit.seats} seats and ${demand} registrants`);
    }
  });

  it('keeps one registration per person and answers each registrant with what the database holds', async () => {
    const rows = await test.context.db
      .selectFrom('event_registrations')
      .select(['id', 'email', 'status'])
      .where('event_id', '=', rush.eventId)
      .execute();
    assert.equal(new Set(rows.map((row) => row.email)).size, rows.length);
    const byId = new Map(rows.map((row) => [row.id, row.status]));
    for (const result of results.filter((entry) => entry.body)) assert.equal(byId.get(result.body!.id), result.body!.status);
  });

  it('gives seats in registration order within each quota: every confirmed registrant came before every waitlisted one', async () => {
    const rows = await test.context.db.selectFrom('event_registrations').selectAll().where('event_id', '=', rush.eventId).execute();
    for (const unit of rush.units) {
      const ofUnit = rows.filter((row) => row.quota_id === unit.quotaId);
      const lastConfirmed = Math.max(...ofUnit.filter((row) => row.status === 'confirmed').map((row) => row.seq));
      const firstWaiting = Math.min(...ofUnit.filter((row) => row.status === 'waitlisted').map((row) => row.seq));
      assert.ok(lastConfirmed < firstWaiting, `unit ${unit.id}: confirmed up to ${lastConfirmed}, waiting from ${firstWaiting}`);
    }
    assert.equal(new Set(rows.map((row) => row.seq)).size, rows.length, 'registration numbers are unique');
  });
});
