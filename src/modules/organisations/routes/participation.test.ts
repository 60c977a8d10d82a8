import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { nameAuditSubjects } from '../../../platform/audit/subjects.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { type Channel, recordContributions } from '../../contributions/index.ts';
import { createOrganisation } from '../index.ts';
import { monthOf } from './dashboard-routes.tsx';

// 15 May 2031 in Helsinki (UTC+3): "this month" runs from 30 April 21:00 UTC to 31 May 21:00 UTC.
const NOW = '2031-05-15T09:00:00.000Z';
const OTHER_HOST = 'osallistuminen.example';
const OTHER_ADMIN = { email: 'admin@osallistuminen.example', password: 'osallistumisen-salasana' };

describe('admin home: participation this month and audit entries in words', () => {
  let test: TestApp;
  let otherId: string;
  let other: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(NOW) });
    // A second organisation of its own, so its figures start from nothing and the demo's cannot leak in.
    otherId = await createOrganisation(
      test.context.db,
      { slug: 'osallistuminen', name: { fi: 'Osallistumiskunta' }, hosts: [OTHER_HOST] },
      new Date(NOW),
    );
    const userA = await createUser(
      test.context.db,
      otherId,
      { ...OTHER_ADMIN, displayName: 'Kunnan ylläpitäjä', locale: 'fi', roles: ['org_admin'] },
      new Date(NOW),
    );
    const contribution = (channel: Channel, sourceId: string, at: string, who: { user?: string; key?: string }) => ({
      organisationId: otherId,
      processId: null,
      channel,
      sourceType: `${channel}_test`,
      sourceId,
      authorUserId: who.user ?? null,
      participantKey: who.key ?? null,
      language: 'fi',
      text: `Teksti ${sourceId}`,
      at: new Date(at),
    });
    await recordContributions(
      test.context.db,
      [
        // This month: surveys from the admin (twice) and from participant p1, with the first minutes of May in Helsinki.
        contribution('survey', 's1', '2031-05-02T08:00:00.000Z', { user: userA }),
        contribution('survey', 's2', '2031-05-14T08:00:00.000Z', { user: userA }),
        contribution('survey', 's3', '2031-04-30T21:30:00.000Z', { key: 'p1' }),
        // This month: statements from p1 and p2.
        contribution('statement', 't1', '2031-05-10T08:00:00.000Z', { key: 'p1' }),
        contribution('statement', 't2', '2031-05-11T08:00:00.000Z', { key: 'p2' }),
        // Last month in Helsinki (23:30 on 30 April), and a workshop note long ago: neither counts.
        contribution('survey', 'old1', '2031-04-30T20:30:00.000Z', { key: 'p9' }),
        contribution('workshop', 'old2', '2031-03-01T08:00:00.000Z', { key: 'p9' }),
      ],
      new Date(NOW),
    );
    other = test.client({ host: OTHER_HOST });
    await other.signIn(OTHER_ADMIN.email, OTHER_ADMIN.password);
  });
  after(() => test.close());

  it('takes the month in the organisation’s time zone', () => {
    const may = monthOf(new Date('2031-04-30T21:30:00.000Z'), 'Europe/Helsinki');
    assert.deepEqual(may, { month: '2031-05-01', from: new Date('2031-04-30T21:00:00.000Z'), to: new Date('2031-05-31T21:00:00.000Z') });
    const december = monthOf(new Date('2031-12-31T12:00:00.000Z'), 'Europe/Helsinki');
    assert.deepEqual(december.to, new Date('2031-12-31T22:00:00.000Z'), 'January starts at midnight in winter time (UTC+2)');
  });

  it('counts people and contributions per channel this month, and distinct people over all channels', async () => {
    const response = await other.get('/fi/admin');
    assert.equal(response.status, 200);
    assert.match(response.text, /<caption>Osallistujat ja osallistumispanokset kanavittain, toukokuu 2031<\/caption>/);
    const row = (label: string) =>
      new RegExp(`<th scope="row">${label}</th><td class="text-right">(\\d+)</td><td class="text-right">(\\d+)</td>`)
        .exec(response.text)
        ?.slice(1);
    assert.deepEqual(row('Kyselyt'), ['2', '3'], 'surveys: the admin and p1, three answers');
    assert.deepEqual(row('Väitteet'), ['2', '2'], 'statements: p1 and p2');
    assert.deepEqual(row('Kaikki kanavat'), ['3', '5'], 'p1 counts once over both channels');
    assert.equal(row('Työpajat'), undefined, 'no workshop row: its only note was in March');
  });

  it('shows the demo organisation only its own figures, in Swedish too', async () => {
    const admin = await test.adminClient();
    const response = await admin.get('/sv/admin');
    assert.match(response.text, /<h2 id="participation-heading">Deltagandet den här månaden<\/h2>/);
    const all = /<th scope="row">Alla kanaler<\/th><td class="text-right">(\d+)<\/td><td class="text-right">(\d+)<\/td>/.exec(
      response.text,
    );
    const demo = await test.context.db
      .selectFrom('contributions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organisation_id', '=', test.demo.organisationId!)
      .where('created_at', '>=', '2031-04-30T21:00:00.000Z')
      .where('created_at', '<', '2031-05-31T21:00:00.000Z')
      .executeTakeFirstOrThrow();
    if (Number(demo.count) === 0) assert.match(response.text, /Den här månaden har inga bidrag kommit in ännu\./);
    else assert.equal(Number(all?.[2]), Number(demo.count));
  });

  it('writes the latest audit entries as sentences with the subject’s title linked to its admin page', async () => {
    const survey = await test.context.db
      .selectFrom('surveys')
      .select(['id', 'title'])
      .where('organisation_id', '=', test.demo.organisationId!)
      .executeTakeFirstOrThrow();
    const title = JSON.parse(survey.title) as { fi: string; sv: string };
    await recordAudit(
      test.context.db,
      {
        organisationId: test.demo.organisationId!,
        actorUserId: test.demo.adminUserId!,
        action: 'surveys.survey.update',
        subjectType: 'survey',
        subjectId: survey.id,
      },
      new Date(Date.parse(NOW) + 60_000),
    );
    const admin = await test.adminClient();
    const fi = await admin.get('/fi/admin');
    assert.ok(
      fi.text.includes(`Ylläpitäjä muutti kyselyn asetuksia: <a href="/fi/admin/surveys/${survey.id}">»${title.fi}«</a>`),
      'the Finnish sentence with the survey’s title',
    );
    const sv = await admin.get('/sv/admin/audit');
    assert.ok(sv.text.includes(`ändrade en enkäts inställningar: <a href="/sv/admin/surveys/${survey.id}">»${title.sv}«</a>`));
  });

  it('names subjects only from their own organisation, and every declared source reads a real table and column', async () => {
    const survey = await test.context.db
      .selectFrom('surveys')
      .select('id')
      .where('organisation_id', '=', test.demo.organisationId!)
      .executeTakeFirstOrThrow();
    const subjects = Object.keys(test.context.auditSubjects).map((type) => ({ type, id: 'no-such-id' }));
    assert.ok(subjects.length >= 10, 'the modules declare their subjects');
    assert.equal((await nameAuditSubjects(test.context.db, test.context.auditSubjects, otherId, subjects)).size, 0);
    const own = await nameAuditSubjects(test.context.db, test.context.auditSubjects, test.demo.organisationId!, [
      { type: 'survey', id: survey.id },
    ]);
    assert.equal(own.size, 1);
    const foreign = await nameAuditSubjects(test.context.db, test.context.auditSubjects, otherId, [{ type: 'survey', id: survey.id }]);
    assert.equal(foreign.size, 0, 'another organisation’s survey has no name here');
  });

  it('has words for every action in the demo’s audit log', async () => {
    const actions = await test.context.db.selectFrom('audit_log').select('action').distinct().execute();
    for (const { action } of actions) {
      if (action.startsWith('test.')) continue;
      assert.ok(test.context.translator.has(`organisations.audit.action.${action}`), `${action} has no words`);
    }
  });
});
