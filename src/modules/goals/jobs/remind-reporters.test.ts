import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { GoalsDemoState } from '../seed-demo.ts';
import { remindReporters } from './remind-reporters.ts';

const SOCIAL = 'unit-manager-social-and-health@demo.tarina.invalid';
const LEISURE = 'unit-manager-leisure-services@demo.tarina.invalid';
const linkIn = (text: string) => /https?:\/\/\S+\/goals\/report\/[A-Za-z0-9_-]+/.exec(text)?.[0] ?? '';

describe('reminders to reporters before a round’s due day, over SMTP', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let ids: GoalsDemoState;
  const clock = fixedClock('2014-04-20T10:00:00Z');
  const log: string[] = [];
  const run = (at: string) => remindReporters(test.context, { now: new Date(at), log: (_error, message) => log.push(message) });
  const reminders = () =>
    smtp.messages.filter((mail: ReceivedMail) => mail.subject.startsWith('Muistutus') || mail.subject.startsWith('Reminder'));

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { TARINA_JOBS: '0' } });
    ids = test.demo.goals as GoalsDemoState;
    const admin = await test.adminClient();
    const opened = await admin.postForm(`/fi/admin/goals/rounds/${ids.roundId}/open`, {});
    assert.equal(opened.status, 303);
    await smtp.waitForMessage((message) => message.to.includes(SOCIAL));
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('reminds nobody while the due day is more than three days away', async () => {
    assert.equal(await run('2014-04-21T10:00:00Z'), 0);
    assert.equal(reminders().length, 0);
  });

  it('three days before, mails only the reporters still missing figures, each with a new link that opens their form', async () => {
    const counts = await Promise.all([run('2014-04-27T10:00:00Z'), run('2014-04-27T10:00:00Z')]);
    assert.deepEqual(counts.sort(), [0, 1], 'two runs at once remind the round once');
    const social = await smtp.waitForMessage((message) => message.to.includes(SOCIAL) && message.subject.startsWith('Muistutus'));
    await smtp.waitForMessage((message) => message.to.includes(LEISURE) && message.subject.startsWith('Muistutus'));
    assert.equal(social.subject, 'Muistutus: raportoi mittarisi 2014-04-30 mennessä: Kevät 2014');
    assert.match(social.text, /Yhden mittarisi toteuma puuttuu vielä/);
    assert.deepEqual(
      reminders()
        .flatMap((mail) => mail.to)
        .sort(),
      [LEISURE, SOCIAL].sort(),
    );
    const link = linkIn(social.text);
    assert.ok(link, social.text);
    const form = await test.client().get(new URL(link).pathname);
    assert.equal(form.status, 200);
    const links = await test.context.db.selectFrom('goal_report_links').select('user_id').where('round_id', '=', ids.roundId).execute();
    assert.equal(links.length, 5 + 2, 'the invitation’s links keep working beside the reminders’');
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', '=', 'goals.round.remind')
      .execute();
    assert.deepEqual(audit, [{ action: 'goals.round.remind', actor_user_id: null }]);
  });

  it('does not remind the same round again', async () => {
    assert.equal(await run('2014-04-29T10:00:00Z'), 0);
    assert.equal(reminders().length, 2);
    assert.deepEqual(log, []);
  });
});
