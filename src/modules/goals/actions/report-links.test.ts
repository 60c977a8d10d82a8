import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { createPerson } from '../../../platform/testing/people.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { closeDueRounds } from '../jobs/close-due-rounds.ts';
import { findRound } from '../queries/find-round.ts';
import type { GoalsDemoState } from '../seed-demo.ts';

const SOCIAL = 'unit-manager-social-and-health@demo.tarina.invalid';
const CENTRAL = 'unit-manager-central-administration@demo.tarina.invalid';
const linkIn = (text: string) => /https?:\/\/\S+\/goals\/report\/[A-Za-z0-9_-]+/.exec(text)?.[0] ?? '';
const pathOf = (link: string) => new URL(link).pathname;

describe('reporting rounds by e-mail: mailed links, reporting without a password, closing', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let ids: GoalsDemoState;
  let organisationId: string;
  let socialLink = '';

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, mailer, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    ids = test.demo.goals as GoalsDemoState;
    organisationId = test.demo.organisationId as string;
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('opening a round mails each reporter one personal link to exactly their indicators', async () => {
    const opened = await admin.postForm(`/fi/admin/goals/rounds/${ids.roundId}/open`, {});
    assert.equal(opened.status, 303);
    const mail = await smtp.waitForMessage((message) => message.to.includes(SOCIAL));
    assert.equal(mail.subject, 'Raportoi mittarisi: Kevät 2014');
    assert.match(mail.text, /yhden mittarin toteuma/);
    socialLink = linkIn(mail.text);
    assert.ok(socialLink, mail.text);
    const central = await smtp.waitForMessage((message) => message.to.includes(CENTRAL));
    assert.match(central.text, /2 mittarin toteuma/);
    const links = await test.context.db.selectFrom('goal_report_links').selectAll().where('round_id', '=', ids.roundId).execute();
    assert.equal(links.length, 5, 'one link per reporter of the six objectives (one department owns two)');
    assert.ok(
      links.every((link) => !link.token_hash.includes(pathOf(socialLink).split('/').pop() ?? '-')),
      'only the hash is kept',
    );
    const page = await admin.get(`/fi/admin/goals/processes/${test.demo.processId}`);
    assert.match(page.text, /Linkit lähetetty/);
  });

  it('the link opens the reporter’s form without signing in; bad figures come back as typed; good ones are recorded as theirs', async () => {
    const phone = test.client({ 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' });
    const form = await phone.get(pathOf(socialLink));
    assert.equal(form.status, 200);
    assert.match(form.text, /Kotona asuvat 75 vuotta täyttäneet/);
    assert.match(form.text, /Tavoite vuodelle 2014: 90,5 %/);
    assert.doesNotMatch(form.text, /Nuorisotilojen käyntikerrat|Palvelupyynnön käsittelyaika/);
    const indicatorId = ids.indicatorIds[4]!;
    const empty = await phone.postForm(pathOf(socialLink), {});
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Anna ainakin yksi luku/);
    const bad = await phone.postForm(pathOf(socialLink), { [`actual.${indicatorId}`]: 'noin 90', [`comment.${indicatorId}`]: 'Arvio' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /Anna luku/);
    assert.match(bad.text, /value="noin 90"/);
    assert.match(bad.text, />Arvio<\/textarea>/);
    const saved = await phone.postForm(pathOf(socialLink), {
      [`actual.${indicatorId}`]: '90,1',
      [`comment.${indicatorId}`]: 'Kotihoito vahvistui',
    });
    assert.equal(saved.status, 303);
    const actual = await test.context.db
      .selectFrom('goal_actuals')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .where('round_id', '=', ids.roundId)
      .executeTakeFirstOrThrow();
    const userIds = test.demo.userIds as Record<string, string>;
    assert.deepEqual(
      [Number(actual.actual_value), actual.comment, actual.reported_by_user_id],
      [90.1, 'Kotihoito vahvistui', userIds['unit-manager-social-and-health']],
    );
    const again = await phone.get(pathOf(socialLink));
    assert.match(again.text, /value="90.1"/);
    assert.equal((await phone.get('/fi/goals/report/no-such-link')).status, 404);
  });

  it('closing the round stops the links and shows who did not report; only the coordinator may', async () => {
    const resident = await createPerson(test, 'asukas-raportointi');
    assert.equal((await resident.client.api('POST', `/api/v1/goals/rounds/${ids.roundId}/close`)).status, 403);
    const closed = await admin.postForm(`/fi/admin/goals/rounds/${ids.roundId}/close`, {});
    assert.equal(closed.status, 303);
    const gone = await test.client().get(pathOf(socialLink));
    assert.equal(gone.status, 410);
    assert.match(gone.text, /Linkki ei enää toimi/);
    const indicatorId = ids.indicatorIds[4]!;
    assert.equal((await test.client().postForm(pathOf(socialLink), { [`actual.${indicatorId}`]: '95' })).status, 410);
    const page = await admin.get(`/fi/admin/goals/processes/${test.demo.processId}`);
    assert.match(page.text, /Suljettu/);
    assert.match(page.text, /Ei raportoinut/);
    assert.doesNotMatch(page.text, /Avaa raportointi ja lähetä linkit/);
    assert.equal((await admin.api('POST', `/api/v1/goals/rounds/${ids.roundId}/close`)).status, 409);
    assert.equal((await admin.api('POST', `/api/v1/goals/rounds/${ids.roundId}/open`)).status, 409);
  });

  it('a round opened by mail closes itself a day after its due day; a round never opened is left to the coordinator', async () => {
    const addRound = async (name: string) => {
      const response = await admin.postForm(`/fi/admin/goals/processes/${test.demo.processId}/rounds`, {
        'name.fi': name,
        year: '2015',
        opensOn: '2015-04-01',
        dueOn: '2015-04-30',
      });
      assert.equal(response.status, 303);
      const row = await test.context.db.selectFrom('goal_rounds').select('id').where('name', 'like', `%${name}%`).executeTakeFirstOrThrow();
      return row.id;
    };
    const mailed = await addRound('Kevät 2015');
    const byHand = await addRound('Syksy 2015');
    assert.equal((await admin.api('POST', `/api/v1/goals/rounds/${mailed}/open`)).status, 204);
    const log: string[] = [];
    const onDueDay = await closeDueRounds(test.context, {
      now: new Date('2015-05-01T12:00:00Z'),
      log: (_error, message) => log.push(message),
    });
    assert.equal(onDueDay, 0, 'not yet: the due day may still be under way somewhere');
    const later = await closeDueRounds(test.context, {
      now: new Date('2015-05-02T01:00:00Z'),
      log: (_error, message) => log.push(message),
    });
    assert.equal(later, 1);
    assert.deepEqual(log, []);
    assert.notEqual((await findRound(test.context.db, organisationId, mailed))?.closedAt, null);
    assert.equal((await findRound(test.context.db, organisationId, byHand))?.closedAt, null);
  });
});
