import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer } from '../../platform/mail/mailer.ts';
import { createPerson, type TestPerson } from '../../platform/testing/people.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { addLinks, recordContribution } from '../contributions/index.ts';
import { findPublishedThemes } from '../insights/index.ts';
import type { GoalsDemoState } from './seed-demo.ts';

const REACHED = 'Sanomasi päätyi päämäärään';
const STATUS = 'Tavoitteen tilanne muuttui';

describe('trace mail: what a person said reaches a goal, an objective’s status changes; they can turn it off (over SMTP)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let goalId: string;
  let indicatorId: string;
  let roundId: string;
  let stays: TestPerson;
  let leaves: TestPerson;
  const mailsTo = (person: TestPerson, subject: string) =>
    smtp.messages.filter((mail: ReceivedMail) => mail.to.includes(person.email) && mail.subject.startsWith(subject));
  const report = async (value: number) => {
    const answer = await admin.api('PUT', `/api/v1/goals/indicators/${indicatorId}/actuals`, { roundId, actualValue: value });
    assert.equal(answer.status, 204, answer.text);
  };

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, mailer, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const processId = test.demo.processId as string;
    const ids = test.demo.goals as GoalsDemoState;
    goalId = ids.goalIds[0] ?? '';
    roundId = ids.roundId;
    const objective = await test.context.db
      .selectFrom('goal_objectives')
      .select('id')
      .where('goal_id', '=', goalId)
      .executeTakeFirstOrThrow();
    const indicator = await test.context.db
      .selectFrom('goal_indicators')
      .select('id')
      .where('objective_id', '=', objective.id)
      .executeTakeFirstOrThrow();
    indicatorId = indicator.id;
    stays = await createPerson(test, 'aani-pysyy');
    leaves = await createPerson(test, 'aani-lahtee');
    // Both said something a theme the first goal does not draw on yet groups.
    const drawn = await test.context.db
      .selectFrom('links')
      .select('to_id')
      .where('from_id', '=', goalId)
      .where('relation', '=', 'draws_on')
      .execute();
    const theme = (await findPublishedThemes(test.context.db, organisationId, processId))?.themes.find(
      (candidate) => !drawn.some((link) => link.to_id === candidate.id),
    );
    assert.ok(theme, 'a published theme the goal does not draw on');
    const now = new Date();
    for (const person of [stays, leaves]) {
      await recordContribution(
        test.context.db,
        {
          organisationId,
          processId,
          channel: 'idea',
          sourceType: 'test',
          sourceId: `trace-mail-${person.userId}`,
          authorUserId: person.userId,
          language: 'fi',
          text: 'Enemmän penkkejä rantaan.',
        },
        now,
      );
      const own = await test.context.db
        .selectFrom('contributions')
        .select('id')
        .where('source_id', '=', `trace-mail-${person.userId}`)
        .executeTakeFirstOrThrow();
      await addLinks(
        test.context.db,
        organisationId,
        [{ from: { type: 'insight_theme', id: theme.id }, relation: 'groups', to: { type: 'contribution', id: own.id } }],
        now,
      );
    }
    const themes = await admin.api('PUT', `/api/v1/goals/${goalId}/themes`, { themeIds: [...drawn.map((link) => link.to_id), theme.id] });
    assert.equal(themes.status, 204, themes.text);
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('mails each person once when the goal’s trace first reaches what they said, with the trace and the way to stop', async () => {
    const mail = await smtp.waitForMessage((message) => message.to.includes(stays.email) && message.subject.startsWith(REACHED));
    await smtp.waitForMessage((message) => message.to.includes(leaves.email) && message.subject.startsWith(REACHED));
    assert.match(mail.text, new RegExp(`/fi/processes/rauman-tarina/goals/${goalId}/trace`));
    assert.match(mail.text, /\/fi\/goals\/mine#trace-mail/);
    // Saving the same themes again reaches nobody new.
    const drawn = await test.context.db
      .selectFrom('links')
      .select('to_id')
      .where('from_id', '=', goalId)
      .where('relation', '=', 'draws_on')
      .execute();
    assert.equal((await admin.api('PUT', `/api/v1/goals/${goalId}/themes`, { themeIds: drawn.map((link) => link.to_id) })).status, 204);
    await report(1e9);
    await smtp.waitForMessage((message) => message.to.includes(stays.email) && message.subject.startsWith(STATUS));
    assert.equal(mailsTo(stays, REACHED).length, 1);
  });

  it('mails an objective’s change of status once, naming the status before and now', async () => {
    const before = mailsTo(stays, STATUS).length;
    await report(-1e9);
    const mail = await smtp.waitForMessage(
      (message) => message.to.includes(stays.email) && message.subject.startsWith(STATUS) && mailsTo(stays, STATUS).length > before,
    );
    assert.match(mail.text, /tilanne on nyt: .+ \(aiemmin: .+\)/);
    await report(-1e9);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailsTo(stays, STATUS).length, before + 1, 'the same status again is not news');
  });

  it('a person who turns it off on their page is mailed no more; the choice shows on the form', async () => {
    const page = await leaves.client.get('/fi/goals/mine');
    assert.match(page.text, /name="traceMail\[\]" value="yes" checked/);
    const saved = await leaves.client.postForm('/fi/goals/mine/mail', {});
    assert.equal(saved.status, 303);
    const again = await leaves.client.get('/fi/goals/mine');
    assert.match(again.text, /Sähköpostivalintasi on tallennettu\./);
    assert.doesNotMatch(again.text, /name="traceMail\[\]" value="yes" checked/);
    const before = { stays: mailsTo(stays, STATUS).length, leaves: mailsTo(leaves, STATUS).length };
    await report(1e9);
    await smtp.waitForMessage(() => mailsTo(stays, STATUS).length > before.stays);
    assert.equal(mailsTo(leaves, STATUS).length, before.leaves);
    assert.equal((await test.client().api('PUT', '/api/v1/goals/mine/mail', { traceMail: true })).status, 401);
    assert.equal((await leaves.client.api('PUT', '/api/v1/goals/mine/mail', { traceMail: true })).status, 204);
    assert.match((await leaves.client.get('/fi/goals/mine')).text, /name="traceMail\[\]" value="yes" checked/);
  });
});
