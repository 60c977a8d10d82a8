import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

const START = '2026-03-02T10:00:00.000Z';

describe('audit log (/admin/audit and /api/v1/audit)', () => {
  const clock = fixedClock(START);
  let test: TestApp;
  let admin: TestClient;
  const reads = () =>
    test.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('organisation_id', '=', test.demo.organisationId!)
      .where('action', '=', 'organisations.audit.read')
      .execute();

  before(async () => {
    test = await startTestApp({ demo: true, clock });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId!;
    const actorUserId = test.demo.adminUserId!;
    // The demo's own entries (its staff placed, its seats linked) are as new as the day it was seeded:
    // they go, so the first page holds exactly the entries written here.
    await test.context.db.deleteFrom('audit_log').where('organisation_id', '=', organisationId).execute();
    // 60 older entries a minute apart, then three that share one instant.
    for (let index = 0; index < 60; index += 1) {
      const at = new Date(Date.parse('2026-01-15T10:00:00.000Z') - index * 60_000);
      await recordAudit(
        test.context.db,
        { organisationId, actorUserId, action: 'test.filler.entry', subjectType: 'thing', subjectId: `n${index}` },
        at,
      );
    }
    for (const subjectId of ['same-1', 'same-2', 'same-3']) {
      await recordAudit(
        test.context.db,
        { organisationId, actorUserId: null, action: 'test.same.time', subjectType: 'thing', subjectId },
        new Date('2026-02-01T00:00:00.000Z'),
      );
    }
    await recordAudit(
      test.context.db,
      {
        organisationId,
        actorUserId,
        action: 'organisations.unit.update',
        subjectType: 'unit',
        subjectId: 'u1',
        details: { name: '<b>Lihavoitu</b>' },
      },
      new Date('2026-07-01T10:00:00.000Z'),
    );
  });
  after(() => test.close());

  it('lists entries newest first with the time in Finnish time, each in words, with its codes and details behind a disclosure', async () => {
    const response = await admin.get('/fi/admin/audit');
    assert.equal(response.status, 200);
    assert.match(response.text, /<caption>Tapahtumalokin merkinnät, uusin ensin<\/caption>/);
    assert.match(response.text, /<th scope="col">Aika<\/th><th scope="col">Merkintä<\/th>/);
    const summer = response.text.indexOf('1.7.2026 klo 13.00');
    const same = response.text.indexOf('<code>test.same.time</code>');
    const winter = response.text.indexOf('15.1.2026 klo 12.00');
    assert.ok(summer > 0 && summer < same && same < winter, 'newest first, in Europe/Helsinki (UTC+3 in summer, +2 in winter)');
    // A unit that no longer exists: the words without a title; the code in the details.
    assert.match(
      response.text,
      /<td>Ylläpitäjä muokkasi yksikköä<\/td><td><details class="audit-code"><summary>Tekniset tiedot<\/summary><ul class="mb-0"><li><code>organisations\.unit\.update<\/code>/,
    );
    // An action no module gave words to reads as the actor and its code.
    assert.match(response.text, /<td>Järjestelmä: test\.same\.time<\/td>/);
    assert.match(response.text, /<code>name<\/code>: &lt;b>Lihavoitu&lt;\/b>/);
    assert.doesNotMatch(response.text, /<b>Lihavoitu/);
  });

  it('pages by cursor without gaps or repeats, also through entries with the same time', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const response = await admin.api('GET', `/api/v1/audit${query}`);
      assert.equal(response.status, 200);
      const page = response.json<{ items: Array<{ id: string; createdAt: string }>; nextCursor: string | null }>();
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await test.context.db
      .selectFrom('audit_log')
      .select('id')
      .where('organisation_id', '=', test.demo.organisationId!)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    assert.deepEqual(
      seen,
      all.map((row) => row.id),
    );
  });

  it('pages the HTML log fifty at a time with a link to older entries', async () => {
    const first = await admin.get('/fi/admin/audit?action=test.filler');
    assert.equal((first.text.match(/<code>test\.filler\.entry<\/code>/g) ?? []).length, 50);
    const next = /<a href="(\/fi\/admin\/audit\?action=test\.filler&amp;cursor=[^"]+)" rel="next">Vanhemmat merkinnät<\/a>/.exec(
      first.text,
    );
    assert.ok(next?.[1]);
    const second = await admin.get(next[1].replace(/&amp;/g, '&'));
    assert.equal((second.text.match(/<code>test\.filler\.entry<\/code>/g) ?? []).length, 10);
    assert.match(second.text, /Uusimmat merkinnät/);
    assert.doesNotMatch(second.text, /rel="next"/);
    assert.match(second.text, /<span class="meta"> n59<\/span>/);
    assert.doesNotMatch(second.text, /<span class="meta"> n49<\/span>/);
  });

  it('filters by the start of the action, exactly and case-sensitively', async () => {
    const response = await admin.api('GET', '/api/v1/audit?action=test.same&limit=200');
    const actions = response.json<{ items: Array<{ action: string }> }>().items.map((item) => item.action);
    assert.deepEqual(actions, ['test.same.time', 'test.same.time', 'test.same.time']);
    const upper = await admin.api('GET', '/api/v1/audit?action=TEST.same');
    assert.deepEqual(upper.json<{ items: unknown[] }>().items, []);
    const page = await admin.get('/fi/admin/audit?action=organisations.unit');
    assert.match(page.text, /organisations\.unit\.update/);
    assert.doesNotMatch(page.text, /test\.filler/);
  });

  it('answers a damaged cursor or filter with 422 in the user’s language', async () => {
    const cursor = await admin.get('/fi/admin/audit?cursor=roskaa');
    assert.equal(cursor.status, 422);
    assert.match(cursor.text, /Sivutuksen tunniste ei kelpaa\./);
    const filter = await admin.get(`/en/admin/audit?action=${encodeURIComponent("x%' or 1=1 --")}`);
    assert.equal(filter.status, 422);
    assert.match(filter.text, /Use only letters, digits, full stops, hyphens and underscores\./);
    assert.equal((await admin.get('/fi/admin/audit?cursor=&action=')).status, 200, 'blank fields mean no filter');
    const api = await admin.api('GET', '/api/v1/audit?cursor=roskaa');
    assert.equal(api.status, 422);
    assert.equal(api.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, 'cursor');
  });

  it('records reading the log at most once an hour per admin, with the IP address', async () => {
    const before = (await reads()).length;
    assert.ok(before >= 1, 'the reads above were recorded');
    await admin.get('/fi/admin/audit');
    await admin.api('GET', '/api/v1/audit');
    assert.equal((await reads()).length, before, 'within the hour nothing more is recorded');
    clock.set(new Date(Date.parse(START) + 61 * 60_000));
    await admin.get('/fi/admin/audit');
    const after = await reads();
    assert.equal(after.length, before + 1);
    const latest = after.sort((a, b) => b.created_at.localeCompare(a.created_at))[0]!;
    assert.equal(latest.actor_user_id, test.demo.adminUserId);
    assert.equal(latest.ip, '127.0.0.1');
    clock.set(START);
  });

  it('is for admins only: visitors sign in, others get 403, the API 401/403', async () => {
    assert.equal((await test.client().get('/fi/admin/audit')).status, 303);
    assert.equal((await test.client().api('GET', '/api/v1/audit')).status, 401);
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.get('/fi/admin/audit')).status, 403);
    assert.equal((await manager.api('GET', '/api/v1/audit')).status, 403);
  });
});
