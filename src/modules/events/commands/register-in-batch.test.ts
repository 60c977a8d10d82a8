import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { inGroupCommit } from '../../../platform/db/group-commit.ts';
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

  it('writes nothing for a registration whose client left while it waited, and still serves the one who stayed', async () => {
    const organisationId = test.demo.organisationId!;
    // A browser's CSRF cookie and token, as from the first page.
    const first = await fetch(`${test.baseUrl}/fi/sign-in`);
    const cookie = first.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const token = /name="_csrf" value="([^"]+)"/.exec(await first.text())?.[1] ?? '';
    const post = (email: string) => {
      const body = JSON.stringify({ name: 'Odottaja', email, attributeValue: rush.units[0]!.id });
      const request = http.request(new URL(`/api/v1/events/${rush.eventId}/registrations`, test.baseUrl), {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'x-csrf-token': token,
          cookie,
        },
      });
      const answered = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
      });
      request.end(body);
      return { request, answered };
    };
    // The event's queue is held, so both requests wait in it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holder = inGroupCommit(test.context.db, `${organisationId}:${rush.eventId}`, () => held);
    const stays = post('jaa@example.com');
    const leaves = post('lahtee@example.com');
    leaves.answered.catch(() => {});
    // Whenever the connection closes (before or after the request reached the queue), nothing may be saved for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    leaves.request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await holder;
    assert.equal(await stays.answered, 201, 'the client who stayed is registered');
    const emails = (
      await test.context.db.selectFrom('event_registrations').select('email').where('event_id', '=', rush.eventId).execute()
    ).map((row) => row.email);
    assert.ok(emails.includes('jaa@example.com'));
    assert.ok(!emails.includes('lahtee@example.com'), 'nothing saved for the client who left unanswered');
  });
});
