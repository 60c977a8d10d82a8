import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createRushEvent, type RushEvent } from '../test-support/rush-event.ts';
import { ALREADY_REGISTERED, type Registrant, registerForEvent } from './register-for-event.ts';

const NOW = new Date('2013-03-10T08:00:00.000Z');
const SEATS = 12;

describe('registrations that arrive together share one lock of the seats and stay exact', () => {
  let test: TestApp;
  let rush: RushEvent;

  before(async () => {
    test = await startTestApp({ clock: fixedClock(NOW.toISOString()) });
    rush = await createRushEvent(test, SEATS);
  });
  after(() => test.close());

  const person = (index: number, email = `batch-${index}@example.com`): Registrant => ({
    name: `Batch ${index}`,
    email,
    userId: null,
    attributeValues: [rush.units[index % rush.units.length]!.id],
    locale: 'fi',
    siteOrigin: 'http://test',
    answers: {},
    invitationId: null,
  });

  it('gives each its own number, no more seats than there are, and refuses a second registration of the same person alone', async () => {
    const organisationId = test.demo.organisationId!;
    // 40 at once: the group commit takes them in batches, with a repeated e-mail in the middle of one.
    const people = Array.from({ length: 40 }, (_, index) => (index === 17 ? person(17, 'batch-3@example.com') : person(index)));
    const results = await Promise.allSettled(
      people.map((one) => registerForEvent(test.context.db, organisationId, rush.eventId, one, NOW)),
    );
    const refused = results.flatMap((result, index) => (result.status === 'rejected' ? [index] : []));
    // Two batches may run side by side on PostgreSQL; whichever of the two with the same e-mail commits first keeps it.
    assert.equal(refused.length, 1, 'only one registration is refused');
    assert.ok(refused[0] === 3 || refused[0] === 17, 'the refused one carries the repeated e-mail');
    const outcome = results[refused[0]!];
    assert.ok(
      outcome?.status === 'rejected' && outcome.reason instanceof Refusal && outcome.reason.code === ALREADY_REGISTERED,
      'refused as a second registration',
    );
    const rows = await test.context.db
      .selectFrom('event_registrations')
      .select(['seq', 'status', 'email'])
      .where('event_id', '=', rush.eventId)
      .execute();
    assert.equal(rows.length, 39);
    const numbers = rows.map((row) => Number(row.seq));
    assert.equal(new Set(numbers).size, 39, 'every registration has a number of its own');
    assert.equal(rows.filter((row) => row.status === 'confirmed').length, SEATS, 'every seat given, none twice');
    const event = await test.context.db
      .selectFrom('events')
      .select('registration_seq')
      .where('id', '=', rush.eventId)
      .executeTakeFirstOrThrow();
    assert.ok(Number(event.registration_seq) >= Math.max(...numbers), 'the event remembers the last number given');
    // The outcomes agree with the rows: a confirmed answer is a confirmed row.
    const confirmedAnswers = results.filter((result) => result.status === 'fulfilled' && result.value.status === 'confirmed').length;
    assert.equal(confirmedAnswers, SEATS);

    // The next registration, alone, gets the next number after the batch's.
    const next = await registerForEvent(test.context.db, organisationId, rush.eventId, person(100), NOW);
    assert.ok(next.seq > Math.max(...numbers));
    assert.equal(next.status, 'waitlisted');
  });
});
