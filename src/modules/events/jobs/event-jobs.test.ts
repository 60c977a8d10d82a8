import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { JobRunner } from '../../../platform/jobs/runner.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createEventWith, registerByApi, registrationsOf, TEST_NOW } from '../test-support/event-fixtures.ts';
import { eventJobs } from './event-jobs.ts';

describe('the events jobs, run by the platform’s job runner', () => {
  let test: TestApp;

  before(async () => {
    // The app's own runner is off: the test's runner runs the declared jobs by its own clock.
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW), environment: { TARINA_JOBS: '0' } });
  });
  after(() => test.close());

  it('declares its jobs in the manifest, and they send the reminders and delete expired answers when due', async () => {
    assert.deepEqual(
      test.context.jobs.filter((job) => job.name.startsWith('events.')).map((job) => job.name),
      eventJobs.map((job) => job.name),
    );
    const admin = await test.adminClient();
    const questions = [{ label: { fi: 'Ruokavalio' }, required: true }];
    const pastId = await createEventWith(admin, test, { capacity: 5, answersRetentionDays: 1, questions }, { startsOn: '2013-03-10' });
    const question = await test.context.db
      .selectFrom('event_questions')
      .select('id')
      .where('event_id', '=', pastId)
      .executeTakeFirstOrThrow();
    const answered = await registerByApi(test.client(), pastId, {
      name: 'Vastaaja',
      email: 'vastaaja@example.com',
      answers: { [question.id]: 'Gluteeniton' },
    });
    assert.equal(answered.status, 201, answered.text);
    const comingId = await createEventWith(admin, test, { capacity: 5 }, { startsOn: '2013-03-12' });
    const registered = await registerByApi(test.client(), comingId, { name: 'Muistettava', email: 'muistettava@example.com' });
    assert.equal(registered.status, 201, registered.text);

    const clock = fixedClock(TEST_NOW);
    const runner = new JobRunner({ ...test.context, clock }, eventJobs, (error) => assert.fail(String(error)), 3_600_000);
    await runner.start();
    try {
      assert.deepEqual(await runner.runDue(), [], 'due a minute after the start');
      // The past event ended 2013-03-10 at 14.00 UTC, its answers are kept a day; the coming one starts within 24 hours.
      clock.set('2013-03-11T14:30:00Z');
      assert.deepEqual((await runner.runDue()).sort(), ['events.answer-purge', 'events.quota-release', 'events.reminders']);
      const answers = await test.context.db.selectFrom('event_answers').select('id').where('event_id', '=', pastId).execute();
      assert.equal(answers.length, 0, 'the answers are deleted');
      const [registration] = await registrationsOf(test, comingId);
      assert.equal(registration?.reminded_at, '2013-03-11T14:30:00.000Z', 'the reminder went out');
    } finally {
      await runner.stop();
    }
  });
});
