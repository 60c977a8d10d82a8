import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { PERSON_PASSWORD, type TestPerson } from '../../platform/testing/people.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { remindBeforeDeadline } from './commands/remind-before-deadline.ts';
import { deadlineRemindersJob } from './jobs/deadline-reminders-job.ts';
import { createLead, createRoundByApi, unitOf } from './test-support/world.ts';

const UNIT_MANAGER = 'unit-manager-social-and-health@demo.tarina.invalid';
const NOW = '2026-03-10T10:00:00Z';

describe('reminders before the due date: a job mails each lead with a dialogue not held once per round', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let healthLead: TestPerson;
  let elderlyLead: TestPerson;
  let roundId: string;
  const clock = fixedClock(NOW);
  const ofRound = (mail: ReceivedMail) => mail.subject.includes('Toukokuun dialogi') || mail.subject.includes('The May dialogue');
  const log = (error: unknown) => assert.fail(String(error));

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { TARINA_JOBS: '0' } });
    const admin = await test.adminClient();
    healthLead = await createLead(test, admin, 'deadline-health', unitOf(test, 'health-services'), 'en');
    elderlyLead = await createLead(test, admin, 'deadline-elderly', unitOf(test, 'elderly-care'));
    roundId = await createRoundByApi(test, admin, {
      unitIds: [unitOf(test, 'social-and-health')],
      opensOn: '2026-03-01',
      dueOn: '2026-03-15',
    });
    // Due in seven weeks: not reminded yet.
    await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')], opensOn: '2026-03-01', dueOn: '2026-04-30' });
    const held = await elderlyLead.client.api(
      'PUT',
      `/api/v1/dialogue-rounds/${roundId}/communities/${unitOf(test, 'elderly-care')}/record`,
      { heldOn: '2026-03-09', participants: 9, answers: ['A', 'B', 'C'], commitments: [], submit: true },
    );
    assert.equal(held.status, 200, held.text);
    const opened = await healthLead.client.api(
      'POST',
      `/api/v1/dialogue-rounds/${roundId}/communities/${unitOf(test, 'health-services')}/open`,
    );
    assert.equal(opened.status, 200, opened.text);
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('is declared in the manifest and run by the platform’s runner when due', async () => {
    assert.ok(test.context.jobs.some((job) => job.name === 'dialogues.deadlineReminders'));
    const runner = new JobRunner({ ...test.context, clock }, [deadlineRemindersJob], log, 3_600_000);
    await runner.start();
    try {
      clock.set('2026-03-10T11:30:00Z');
      assert.deepEqual(await runner.runDue(), ['dialogues.deadlineReminders']);
    } finally {
      await runner.stop();
    }
    const toLead = await smtp.waitForMessage((mail) => ofRound(mail) && mail.to.includes(healthLead.email));
    assert.match(toLead.subject, /^Reminder: the due date of a dialogue round is near/);
    assert.match(toLead.text, /is March 15, 2026/);
    assert.ok(toLead.text.includes(`/en/dialogues/${roundId}/communities/${unitOf(test, 'health-services')}`));
    const toManager = await smtp.waitForMessage((mail) => ofRound(mail) && mail.to.includes(UNIT_MANAGER));
    assert.match(toManager.subject, /määräpäivä lähestyy/);
    assert.ok(toManager.text.includes(`/dialogues/${roundId}/communities/${unitOf(test, 'social-services')}`));
    assert.doesNotMatch(toManager.text, new RegExp(unitOf(test, 'elderly-care')));
  });

  it('runs again, and at once, mail no one twice; the held community’s lead is never mailed', async () => {
    const context = test.context;
    const sent = await Promise.all([
      remindBeforeDeadline(context, { now: clock.now(), log }, 'http://localhost'),
      remindBeforeDeadline(context, { now: clock.now(), log }, 'http://localhost'),
    ]);
    assert.deepEqual(sent, [0, 0]);
    clock.set('2026-03-14T10:00:00Z');
    assert.equal(await remindBeforeDeadline(context, { now: clock.now(), log }, 'http://localhost'), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mails = smtp.messages.filter(ofRound);
    assert.equal(mails.length, 2);
    assert.ok(!mails.some((mail) => mail.to.includes(elderlyLead.email)));
    const rows = await context.db
      .selectFrom('dialogue_deadline_reminders')
      .select(['lead_user_id', 'communities'])
      .where('round_id', '=', roundId)
      .execute();
    assert.deepEqual(rows.map((row) => row.communities).sort(), [1, 1]);
    const audited = await context.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'dialogues.reminders.schedule')
      .where('subject_id', '=', roundId)
      .execute();
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.actor_user_id, null);
    assert.equal(JSON.parse(audited[0]!.details).leads, 2);
  });

  it('the reminder mailed to a lead is in their data export, and goes with their account', async () => {
    const client = test.client({ 'accept-language': 'fi' });
    await client.signIn(healthLead.email, PERSON_PASSWORD);
    const exported = await client.api('GET', '/api/v1/me/export');
    assert.equal(exported.status, 200, exported.text);
    const part = exported.json<{ dialogues: { deadlineRemindersReceived: unknown[]; records: Array<{ openedByYou: boolean }> } }>()
      .dialogues;
    assert.deepEqual(
      part.deadlineRemindersReceived.map((row) => ({ ...(row as object), mailedAt: undefined })),
      [{ roundId, communities: 1, mailedAt: undefined }],
    );
    assert.deepEqual(
      part.records.map((record) => record.openedByYou),
      [true],
    );
    const deleted = await client.postForm('/fi/account/delete', { password: PERSON_PASSWORD });
    assert.equal(deleted.status, 303, deleted.text);
    const left = await test.context.db
      .selectFrom('dialogue_deadline_reminders')
      .select('lead_user_id')
      .where('round_id', '=', roundId)
      .execute();
    assert.equal(left.length, 1, 'only the other lead’s reminder is left');
    assert.notEqual(left[0]?.lead_user_id, healthLead.userId);
    const record = await test.context.db
      .selectFrom('dialogue_records')
      .select('opened_by_user_id')
      .where('round_id', '=', roundId)
      .where('work_community_id', '=', unitOf(test, 'health-services'))
      .executeTakeFirstOrThrow();
    assert.equal(record.opened_by_user_id, null, 'the record stays the community’s, without the lead');
  });
});
