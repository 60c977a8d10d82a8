import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createEventWith, registerByApi, registrationsOf, TEST_NOW, unitId } from '../test-support/event-fixtures.ts';
import { purgeExpiredRegistrationAnswers } from './purge-expired-answers.ts';
import { releaseQuotaSeats } from './release-quota-seats.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('background jobs: deleting answers after the event and releasing quota seats', () => {
  let test: TestApp;
  let admin: TestClient;
  const noError = (error: unknown) => assert.fail(String(error));

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    admin = await test.adminClient();
  });
  after(() => test.close());

  async function eventWithAnswer(retentionDays: number, startsOn: string) {
    const questions = [{ label: { fi: 'Ruokavalio' }, required: true }];
    const eventId = await createEventWith(admin, test, { capacity: 5, answersRetentionDays: retentionDays, questions }, { startsOn });
    const question = await test.context.db
      .selectFrom('event_questions')
      .select('id')
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    const missing = await registerByApi(test.client(), eventId, { name: 'Ilman', email: 'ilman@example.com' });
    assert.equal(missing.status, 422, 'a required question must be answered');
    const response = await registerByApi(test.client(), eventId, {
      name: 'Vegaani',
      email: `vegaani-${startsOn}@example.com`,
      answers: { [question.id]: 'Vegaaninen' },
    });
    assert.equal(response.status, 201, response.text);
    return eventId;
  }

  const answersOf = async (eventId: string) =>
    (await test.context.db.selectFrom('event_answers').select('value').where('event_id', '=', eventId).execute()).length;

  it('deletes the answers to extra questions only once the retention time after the event has passed', async () => {
    const eventId = await eventWithAnswer(30, '2013-03-20');
    const keptId = await eventWithAnswer(60, '2013-03-21');
    const ended = Date.parse('2013-03-20T14:00:00Z');
    assert.equal(await purgeExpiredRegistrationAnswers(test.context, new Date(ended + 29 * DAY_MS)), 0);
    assert.equal(await answersOf(eventId), 1);
    assert.equal(await purgeExpiredRegistrationAnswers(test.context, new Date(ended + 31 * DAY_MS)), 1);
    assert.deepEqual([await answersOf(eventId), await answersOf(keptId)], [0, 1]);
    assert.equal((await registrationsOf(test, eventId))[0]?.status, 'confirmed', 'the registration itself stays');
  });

  it('purges each event once when several processes run the job at the same moment', async () => {
    const eventId = await eventWithAnswer(1, '2013-03-25');
    const at = new Date(Date.parse('2013-03-25T14:00:00Z') + 2 * DAY_MS);
    const deleted = await Promise.all([
      purgeExpiredRegistrationAnswers(test.context, at),
      purgeExpiredRegistrationAnswers(test.context, at),
      purgeExpiredRegistrationAnswers(test.context, at),
    ]);
    assert.equal(
      deleted.reduce((sum, count) => sum + count, 0),
      1,
    );
    assert.equal(await answersOf(eventId), 0);
  });

  it('promotes the waitlist into unused quota seats when the release date comes, once', async () => {
    const social = unitId(test, 'social-and-health');
    const technical = unitId(test, 'technical-services');
    const quotas = [
      { value: social, seats: 1 },
      { value: technical, seats: 2 },
    ];
    const eventId = await createEventWith(admin, test, {
      capacity: 3,
      quotaAttribute: 'unit',
      quotas,
      quotaRelease: { date: '2013-03-18', time: '09:00' },
    });
    for (const name of ['a', 'b', 'c'])
      await registerByApi(test.client(), eventId, { name, email: `${name}-release@example.com`, attributeValue: social });
    assert.equal(await releaseQuotaSeats(test.context, new Date('2013-03-18T06:59:00Z'), noError), 0, 'not before 09.00 Helsinki time');
    const at = new Date('2013-03-18T07:00:00Z');
    await Promise.all([releaseQuotaSeats(test.context, at, noError), releaseQuotaSeats(test.context, at, noError)]);
    assert.deepEqual(
      (await registrationsOf(test, eventId)).map((row) => `${row.name}:${row.status}:${row.pool ?? '-'}`),
      ['a:confirmed:quota', 'b:confirmed:open', 'c:confirmed:open'],
    );
  });
});
