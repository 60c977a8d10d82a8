import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import type { TestPerson } from '../../platform/testing/people.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createLead, createRoundByApi, unitOf } from './test-support/world.ts';

const UNIT_MANAGER = 'unit-manager-social-and-health@demo.tarina.invalid';

describe('reminders to the leads of overdue work communities, over SMTP', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let healthLead: TestPerson;
  let elderlyLead: TestPerson;
  let roundId: string;
  const clock = fixedClock('2026-03-10T10:00:00Z');
  const ofRound = (mail: ReceivedMail) => mail.subject.includes('Toukokuun dialogi') || mail.subject.includes('The May dialogue');
  const remind = (client: TestClient) => client.api('POST', `/api/v1/dialogue-rounds/${roundId}/reminders`);

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer });
    admin = await test.adminClient();
    healthLead = await createLead(test, admin, 'remind-health', unitOf(test, 'health-services'), 'en');
    elderlyLead = await createLead(test, admin, 'remind-elderly', unitOf(test, 'elderly-care'));
    roundId = await createRoundByApi(test, admin, {
      unitIds: [unitOf(test, 'social-and-health')],
      opensOn: '2026-01-01',
      dueOn: '2026-02-28',
    });
    const late = await elderlyLead.client.api(
      'PUT',
      `/api/v1/dialogue-rounds/${roundId}/communities/${unitOf(test, 'elderly-care')}/record`,
      { heldOn: '2026-03-09', participants: 9, answers: ['A', 'B', 'C'], commitments: [], submit: true },
    );
    assert.equal(late.status, 200, late.text);
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('a lead may not send the round’s reminders', async () => {
    assert.equal((await remind(healthLead.client)).status, 403);
    assert.equal((await admin.api('POST', '/api/v1/dialogue-rounds/no-such-round/reminders')).status, 404);
  });

  it('two presses at once remind each overdue community once: its own lead, or the manager of the unit above', async () => {
    const answers = await Promise.all([remind(admin), remind(admin)]);
    for (const answer of answers) assert.equal(answer.status, 200, answer.text);
    const bodies = answers.map((answer) =>
      answer.json<{ reminded: number; recipients: number; withoutLead: number; alreadyReminded: number }>(),
    );
    assert.equal(bodies[0]!.reminded + bodies[1]!.reminded, 2);
    assert.equal(bodies[0]!.alreadyReminded + bodies[1]!.alreadyReminded, 2);
    assert.equal(bodies[0]!.recipients + bodies[1]!.recipients, 2);
    assert.equal(bodies[0]!.withoutLead + bodies[1]!.withoutLead, 0);

    const toLead = await smtp.waitForMessage((mail) => ofRound(mail) && mail.to.includes(healthLead.email));
    assert.match(toLead.subject, /^Reminder: a dialogue record is missing/);
    assert.match(toLead.text, /Hello remind-health,/);
    assert.match(toLead.text, /was February 28, 2026/);
    assert.ok(toLead.text.includes(`/en/dialogues/${roundId}/communities/${unitOf(test, 'health-services')}`));
    assert.doesNotMatch(toLead.text, /Social services/);
    const toManager = await smtp.waitForMessage((mail) => ofRound(mail) && mail.to.includes(UNIT_MANAGER));
    assert.ok(toManager.text.includes(`/dialogues/${roundId}/communities/${unitOf(test, 'social-services')}`));
    assert.doesNotMatch(toManager.text, new RegExp(unitOf(test, 'health-services')));
    // The held (late) community's lead is not reminded, and no one is mailed twice.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mails = smtp.messages.filter(ofRound);
    assert.equal(mails.length, 2);
    assert.ok(!mails.some((mail) => mail.to.includes(elderlyLead.email)));
    const audited = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'dialogues.reminders.send')
      .where('subject_id', '=', roundId)
      .execute();
    assert.equal(audited.length, answers.filter((_, index) => bodies[index]!.reminded > 0).length);
    assert.equal(
      audited.reduce((sum, row) => sum + JSON.parse(row.details).reminded, 0),
      2,
    );
  });

  it('the coverage page shows today’s reminders; pressing again the same day mails no one', async () => {
    const page = await admin.get(`/fi/admin/dialogues/${roundId}/coverage`);
    assert.match(page.text, /Myöhässä olevia työyhteisöjä: 2\. Tänään muistutettu: 2\./);
    const pressed = await admin.postForm(`/fi/admin/dialogues/${roundId}/reminders`, {});
    assert.equal(pressed.status, 303);
    assert.match(pressed.headers.get('location') ?? '', new RegExp(`/fi/admin/dialogues/${roundId}/coverage$`));
    const after = await admin.get(`/fi/admin/dialogues/${roundId}/coverage`);
    assert.match(after.text, /jokaista myöhässä olevaa työyhteisöä on jo muistutettu tänään/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(smtp.messages.filter(ofRound).length, 2);
  });

  it('the next day the overdue ones are reminded again', async () => {
    clock.set('2026-03-11T10:00:00Z');
    // A new day is past the session's idle limit: the coordinator signs in again.
    const answer = await remind(await test.adminClient());
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json<{ reminded: number }>().reminded, 2);
    await smtp.waitForMessage(() => smtp.messages.filter(ofRound).length === 4);
  });

  it('the reminders the coordinator sent are in their data export', async () => {
    const exported = await (await test.adminClient()).api('GET', '/api/v1/me/export');
    assert.equal(exported.status, 200, exported.text);
    const sent = exported
      .json<{ dialogues: { remindersSent: Array<{ roundId: string; sentOn: string }> } }>()
      .dialogues.remindersSent.filter((row) => row.roundId === roundId);
    assert.deepEqual(
      sent.map((row) => row.sentOn),
      ['2026-03-10', '2026-03-10', '2026-03-11', '2026-03-11'],
    );
  });
});
