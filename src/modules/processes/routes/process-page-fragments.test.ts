import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { newId } from '../../../platform/db/ids.ts';
import { bumpPageVersion, readPageVersion } from '../../../platform/http/page-cache.ts';
import { fewestStatements } from '../../../platform/testing/fewest-statements.ts';
import { createPerson, PERSON_PASSWORD, type TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { insertBody, insertProcess } from '../test-fixtures.ts';

// The content of the process page is rendered once per viewer's key and page version and served
// from the fragment cache; the frame (header, account links, flash, CSRF token) is each request's own.
// Rows are written directly and followed by a page version bump, as the modules' commands do.

const json = (value: unknown) => JSON.stringify(value);
const T0 = '2013-01-01T00:00:00.000Z';
const START = '2013-04-10T09:00:00.000Z';
const SURVEY_OPENS = '2013-04-10T09:10:00.000Z';
const PAGE = '/fi/processes/jaettu';
// An anonymous visitor with a one-time message waiting is never served by the render cache of
// anonymous pages, so these requests reach the process page's own handler.
const FLASH = { cookie: 'tarina_flash=accounts.signOut.done' };

async function insertSurvey(
  test: TestApp,
  owner: { organisationId: string; processId: string },
  values: { title: string; status: 'draft' | 'published'; opensAt: string | null },
) {
  const id = newId();
  await test.context.db
    .insertInto('surveys')
    .values({
      id,
      organisation_id: owner.organisationId,
      process_id: owner.processId,
      phase_id: null,
      title: json({ fi: values.title }),
      description: json({ fi: `${values.title}: kuvaus` }),
      status: values.status,
      opens_at: values.opensAt,
      closes_at: '2013-05-01T12:00:00.000Z',
      audience: 'anyone',
      audience_ids: '[]',
      anonymous: 0,
      results_public: 0,
      next_code: 1,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

async function insertStaffEvent(test: TestApp, owner: { organisationId: string; processId: string }) {
  const id = newId();
  await test.context.db
    .insertInto('events')
    .values({
      id,
      organisation_id: owner.organisationId,
      process_id: owner.processId,
      timeline_item_id: null,
      kind: 'resident_event',
      title: json({ fi: 'Henkilöstöinfo' }),
      description: json({ fi: 'Vain henkilöstölle' }),
      agenda: json({ fi: '' }),
      summary: json({ fi: '' }),
      starts_at: '2013-04-26T10:00:00.000Z',
      ends_at: '2013-04-26T11:00:00.000Z',
      place: json({ fi: 'Kaupungintalo' }),
      online_url: null,
      audience: 'staff',
      responsible: json({ fi: 'projektiryhmä' }),
      status: 'confirmed',
      registration_mode: 'open',
      capacity: 50,
      quota_attribute: 'none',
      registration_deadline: null,
      quota_release_at: null,
      quotas_released_at: null,
      answers_retention_days: 30,
      answers_purged_at: null,
      sequence: 0,
      registration_seq: 0,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

/** The CSRF tokens in a page's forms. */
function csrfTokens(page: string): string[] {
  return [...page.matchAll(/name="_csrf" value="([^"]+)"/g)].map((match) => match[1]!);
}

/** The hub section under the heading with this id. */
function section(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no section ${id}`);
  return page.slice(start, page.indexOf('</section>', start));
}

describe('the process page content from the fragment cache', () => {
  let test: TestApp;
  let organisationId: string;
  let processId: string;
  let ids: { openSurvey: string; draftSurvey: string; staffEvent: string };
  let staff: TestPerson;
  let manager: TestPerson;
  let bodyMember: TestPerson;
  const clock = fixedClock(START);

  before(async () => {
    // No scheduled jobs: their statements would be counted among the page's.
    test = await startTestApp({ demo: true, clock, environment: { TARINA_JOBS: '0' } });
    organisationId = test.demo.organisationId!;
    const db = test.context.db;
    processId = await insertProcess(db, organisationId, { slug: 'jaettu', title: { fi: 'Jaettu prosessi' } });
    await insertProcess(db, organisationId, { slug: 'sisainen', visibility: 'internal', title: { fi: 'Sisäinen prosessi' } });
    const owner = { organisationId, processId };
    ids = {
      openSurvey: await insertSurvey(test, owner, { title: 'Pian avautuva kysely', status: 'published', opensAt: SURVEY_OPENS }),
      draftSurvey: await insertSurvey(test, owner, { title: 'Luonnoskysely', status: 'draft', opensAt: null }),
      staffEvent: await insertStaffEvent(test, owner),
    };
    const bodyId = await insertBody(db, organisationId, processId, { name: { fi: 'Ohjausryhmä' } });
    staff = await createPerson(test, 'henkilosto', { roles: ['member'] });
    manager = await createPerson(test, 'vastaava', { roles: ['process_manager'] });
    bodyMember = await createPerson(test, 'jasen');
    // The body member holds a seat of the process's body and no role.
    await db.updateTable('body_members').set({ user_id: bodyMember.userId }).where('body_id', '=', bodyId).execute();
    await bumpPageVersion(db, organisationId);
  });
  after(() => test.close());

  it("shows each viewer their own content and frame, whoever's copy was cached before", async () => {
    const viewers: Array<{ name: string; client: TestClient; headers?: Record<string, string>; drafts: boolean; staffOnly: boolean }> = [
      { name: 'manager', client: manager.client, drafts: true, staffOnly: true },
      { name: 'anonymous', client: test.client(), headers: FLASH, drafts: false, staffOnly: false },
      { name: 'staff', client: staff.client, drafts: false, staffOnly: true },
      { name: 'body member', client: bodyMember.client, drafts: false, staffOnly: false },
    ];
    for (const round of [1, 2, 3]) {
      // Each round in another order, so every viewer follows every other one.
      const order = round === 2 ? [...viewers].reverse() : round === 3 ? [viewers[2]!, viewers[0]!, viewers[3]!, viewers[1]!] : viewers;
      for (const viewer of order) {
        const response = await viewer.client.get(PAGE, viewer.headers);
        assert.equal(response.status, 200, viewer.name);
        const page = response.text;
        const label = `${viewer.name}, round ${round}`;
        assert.equal(page.includes(`data-id="${ids.openSurvey}"`), true, label);
        assert.equal(page.includes(`data-id="${ids.draftSurvey}"`), viewer.drafts, label);
        assert.equal(page.includes(`data-id="${ids.staffEvent}"`), viewer.staffOnly, label);
        const signedIn = viewer.headers === undefined;
        assert.equal(page.includes('action="/fi/sign-out"'), signedIn, label);
        assert.equal(page.includes('href="/fi/sign-in"'), !signedIn, label);
        assert.equal(csrfTokens(page).length, signedIn ? 1 : 0, label);
        // The one-time message is the frame's, shown to the visitor who has it.
        assert.equal(page.includes('Olet kirjautunut ulos.'), !signedIn, label);
      }
    }
    // A hidden process stays hidden from those who may not see it after staff opened it.
    assert.equal((await staff.client.get('/fi/processes/sisainen')).status, 200);
    assert.equal((await test.client().get('/fi/processes/sisainen', FLASH)).status, 404);
    assert.equal((await bodyMember.client.get('/fi/processes/sisainen')).status, 404);
  });

  it('reads only the page version (and who is asking) when the content is cached', async () => {
    await staff.client.get(PAGE);
    test.queries.reset();
    const signedIn = await fewestStatements(test.queries, async () => assert.equal((await staff.client.get(PAGE)).status, 200));
    assert.equal(signedIn, 3, test.queries.statements.join('\n'));
    assert.deepEqual(
      test.queries.statements.map((statement) => /from "(\w+)"/.exec(statement)?.[1]),
      ['sessions', 'role_grants', 'page_versions'],
    );
    const anonymous = test.client();
    await anonymous.get(PAGE, FLASH);
    const visitor = await fewestStatements(test.queries, async () => assert.equal((await anonymous.get(PAGE, FLASH)).status, 200));
    assert.equal(visitor, 1);
    assert.match(test.queries.statements[0]!, /from "page_versions"/);
  });

  it('shows a change that moves the page version at once, to people and visitors alike', async () => {
    const anonymous = test.client();
    for (const client of [staff.client, anonymous]) assert.match((await client.get(PAGE, FLASH)).text, /<h1>Jaettu prosessi<\/h1>/);
    await test.context.db
      .updateTable('processes')
      .set({ title: json({ fi: 'Uusi nimi' }) })
      .where('id', '=', processId)
      .execute();
    await bumpPageVersion(test.context.db, organisationId);
    for (const client of [staff.client, anonymous]) {
      const page = (await client.get(PAGE, FLASH)).text;
      assert.match(page, /<h1>Uusi nimi<\/h1>/);
      assert.match(page, /<title>Uusi nimi – /);
      assert.doesNotMatch(page, /Jaettu prosessi/);
    }
  });

  it('shows a person what a role granted to them opens, at once, though the page version stays', async () => {
    const person = await createPerson(test, 'ylennetty');
    assert.equal((await person.client.get(PAGE)).text.includes(`data-id="${ids.staffEvent}"`), false);
    const version = await readPageVersion(test.context.db, organisationId);
    const admin = await test.adminClient();
    const granted = await admin.postForm(`/fi/admin/users/${person.userId}/roles`, { role: 'member', scopeType: 'organisation' });
    assert.equal(granted.status, 303);
    assert.equal(await readPageVersion(test.context.db, organisationId), version);
    assert.equal((await person.client.get(PAGE)).text.includes(`data-id="${ids.staffEvent}"`), true);
  });

  it("puts the session's own CSRF token in the forms, also for the same person signed in twice", async () => {
    const again = test.client();
    await again.signIn(staff.email, PERSON_PASSWORD);
    const first = csrfTokens((await staff.client.get(PAGE)).text);
    const second = csrfTokens((await again.get(PAGE)).text);
    assert.equal(first.length, 1);
    assert.equal(second.length, 1);
    assert.notEqual(first[0], second[0]);
    // A token works with the session it was given to, and not with the other.
    assert.equal((await again.postForm('/fi/sign-out', { _csrf: first[0]! })).status, 403);
    assert.equal((await again.postForm('/fi/sign-out', { _csrf: second[0]! })).status, 303);
    assert.match((await again.get(PAGE)).text, /href="\/fi\/sign-in"/);
    assert.equal((await staff.client.get(PAGE)).text.includes('action="/fi/sign-out"'), true);
  });

  it('ends the cached content when a channel opens by the clock, with no write', async () => {
    try {
      clock.set(START);
      const before = (await staff.client.get(PAGE)).text;
      assert.equal(section(before, 'hub-open-title').includes(ids.openSurvey), false);
      assert.equal(section(before, 'hub-upcoming-title').includes(ids.openSurvey), true);
      clock.set('2013-04-10T09:09:59.999Z');
      test.queries.reset();
      const justBefore = (await staff.client.get(PAGE)).text;
      assert.equal(section(justBefore, 'hub-upcoming-title').includes(ids.openSurvey), true);
      assert.ok(!test.queries.statements.some((statement) => /from "surveys"/.test(statement)), 'served from the cache until then');
      clock.set(SURVEY_OPENS);
      const opened = (await staff.client.get(PAGE)).text;
      assert.equal(section(opened, 'hub-open-title').includes(ids.openSurvey), true);
      assert.equal(section(opened, 'hub-upcoming-title').includes(ids.openSurvey), false);
      const visitor = (await test.client().get(PAGE, FLASH)).text;
      assert.equal(section(visitor, 'hub-open-title').includes(ids.openSurvey), true);
    } finally {
      clock.set(START);
    }
  });
});
