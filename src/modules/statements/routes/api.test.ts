import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createUser } from '../../accounts/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { createTestChannel, statementIds } from '../test-support/fixtures.ts';

const OTHER_HOST = 'toinen.example';
const TOKEN = /tarina_[A-Za-z0-9_-]{43}/;

interface ChannelList {
  items: Array<{ id: string; state: string; status: string }>;
  nextCursor: string | null;
}

describe('statements API', () => {
  let test: TestApp;
  let draftId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    for (let index = 0; index < 3; index++) await createTestChannel(test, {}, 2);
    draftId = await createTestChannel(test, { status: 'draft' }, 1);
  });
  after(() => test.close());

  it('lists a process’s channels with cursor paging; drafts only for its managers', async () => {
    const client = test.client();
    const first = await client.api('GET', '/api/v1/processes/rauman-tarina/statements?limit=2');
    assert.equal(first.status, 200);
    const page = first.json<ChannelList>();
    assert.equal(page.items.length, 2);
    assert.ok(page.nextCursor);
    const rest = (
      await client.api('GET', `/api/v1/processes/rauman-tarina/statements?limit=50&cursor=${page.nextCursor}`)
    ).json<ChannelList>();
    const publicIds = [...page.items, ...rest.items].map((item) => item.id);
    assert.equal(publicIds.length, 4, 'the demo channel and three published ones');
    assert.ok(!publicIds.includes(draftId));
    assert.equal(rest.nextCursor, null);
    assert.equal((await client.api('GET', '/api/v1/processes/rauman-tarina/statements?cursor=not-a-cursor')).status, 422);
    assert.equal((await client.api('GET', '/api/v1/processes/no-such-process/statements')).status, 404);
    const admin = await test.adminClient();
    const all = (await admin.api('GET', '/api/v1/processes/rauman-tarina/statements')).json<ChannelList>();
    assert.ok(all.items.some((item) => item.id === draftId && item.state === 'draft'));
  });

  it('answers a channel with its published statements and where the caller stands', async () => {
    const response = await test.client().api('GET', `/api/v1/statements/${test.demo.statementChannelId}`);
    assert.equal(response.status, 200);
    const body = response.json<{
      question: { fi: string };
      state: string;
      statements: Array<{ number: number; text: string; language: string }>;
      participant: { voted: number; total: number; nextStatementId: string; group: null; mayVote: boolean };
    }>();
    assert.equal(body.question.fi, 'Millainen Rauman pitäisi olla vuonna 2025?');
    assert.equal(body.state, 'open');
    assert.equal(body.statements.length, 41);
    assert.ok(body.statements.some((statement) => statement.language === 'sv'));
    assert.deepEqual(
      { voted: body.participant.voted, total: body.participant.total, group: body.participant.group, mayVote: body.participant.mayVote },
      { voted: 0, total: 41, group: null, mayVote: true },
    );
    assert.ok(body.participant.nextStatementId);
  });

  it('votes and writes statements with a bearer token (no CSRF needed), refuses a cookie without the CSRF header, and exports the person’s part', async () => {
    const client = test.client();
    await client.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const created = await client.postForm('/fi/account/tokens', { name: 'Väiteskripti' });
    const token = TOKEN.exec(created.text)?.[0] as string;
    assert.ok(token);
    const channelId = await createTestChannel(test, { moderation: 'after' }, 2);
    const [statementId] = (await statementIds(client, channelId)) as [string];
    const voted = await test.client().api('POST', `/api/v1/statements/${channelId}/votes`, { statementId, vote: 'agree' }, { token });
    assert.equal(voted.status, 200);
    assert.deepEqual(voted.json(), { statementId, vote: 'agree', progress: { voted: 1, total: 2 } });
    const written = await test
      .client()
      .api('POST', `/api/v1/statements/${channelId}/statements`, { text: 'Tokenilla kirjoitettu väite.' }, { token });
    assert.equal(written.status, 201);
    const noCsrf = await test.client().request('POST', `/api/v1/statements/${channelId}/votes`, {
      body: JSON.stringify({ statementId, vote: 'agree' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(noCsrf.status, 403);
    const exported = await test.client().api('GET', '/api/v1/me/export', undefined, { token });
    const mine = exported.json<{ statements: { participations: Array<{ channelId: string; votes: unknown[]; statements: unknown[] }> } }>();
    const participation = mine.statements.participations.find((entry) => entry.channelId === channelId);
    assert.equal(participation?.votes.length, 1, 'the person’s votes are in their data export');
    assert.equal(participation?.statements.length, 1, 'and what they wrote');
  });

  it('summarises the results: groups with representative statements and shares, consensus, divisive, totals', async () => {
    const response = await test.client().api('GET', `/api/v1/statements/${test.demo.statementChannelId}/results`);
    assert.equal(response.status, 200);
    const results = response.json<{
      computedAt: string;
      inputsDigest: string;
      groupedCount: number;
      groups: Array<{
        label: string;
        size: number;
        representative: Array<{ side: string; group: { agree: number }; others: { agree: number } }>;
      }>;
      consensus: Array<{ side: string; share: number }>;
      divisive: Array<{ mostAgreeing: string; mostDisagreeing: string }>;
      totals: unknown[];
    }>();
    assert.deepEqual(
      results.groups.map((group) => group.label),
      ['A', 'B', 'C'],
    );
    assert.equal(
      results.groups.reduce((sum, group) => sum + group.size, 0),
      results.groupedCount,
    );
    const agreed = results.groups[0]?.representative.find((entry) => entry.side === 'agree');
    assert.ok(
      agreed && agreed.group.agree > agreed.others.agree,
      'a group agrees more with its agreed representative statement than the others',
    );
    assert.ok(results.consensus.some((entry) => entry.side === 'agree' && entry.share > 0.6));
    assert.ok(results.divisive.every((entry) => entry.mostAgreeing !== entry.mostDisagreeing));
    assert.equal(results.totals.length, 41);
    assert.match(results.inputsDigest, /^[0-9a-f]{64}$/);
    const privateChannel = await createTestChannel(test, { resultsPublic: false }, 1);
    assert.equal((await test.client().api('GET', `/api/v1/statements/${privateChannel}/results`)).status, 401);
    assert.equal((await (await test.adminClient()).api('GET', `/api/v1/statements/${privateChannel}/results`)).status, 200);
  });

  it('documents every statements route in the OpenAPI document', async () => {
    const document = (await test.client().get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    for (const [path, method] of [
      ['/api/v1/processes/{slug}/statements', 'get'],
      ['/api/v1/statements/{channelId}', 'get'],
      ['/api/v1/statements/{channelId}/votes', 'post'],
      ['/api/v1/statements/{channelId}/statements', 'post'],
      ['/api/v1/statements/{channelId}/results', 'get'],
      ['/api/v1/statements/{channelId}/export/{file}', 'get'],
    ] as const) {
      assert.ok(document.paths[path]?.[method], `${method} ${path}`);
    }
  });

  it('keeps another organisation’s host away from the demo channel', async () => {
    const now = new Date();
    const otherId = await createOrganisation(test.context.db, { slug: 'toinen', name: { fi: 'Toinen kunta' }, hosts: [OTHER_HOST] }, now);
    await createUser(
      test.context.db,
      otherId,
      { email: DEMO_ADMIN.email, displayName: 'Toisen ylläpitäjä', password: DEMO_ADMIN.password, locale: 'fi', roles: ['org_admin'] },
      now,
    );
    const otherAdmin = test.client({ host: OTHER_HOST });
    await otherAdmin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const channelId = test.demo.statementChannelId as string;
    const [statementId] = (await statementIds(test.client(), channelId)) as [string];
    for (const path of [
      `/api/v1/statements/${channelId}`,
      `/api/v1/statements/${channelId}/results`,
      `/api/v1/statements/${channelId}/export/votes.csv`,
    ]) {
      assert.equal((await otherAdmin.api('GET', path)).status, 404, path);
    }
    assert.equal((await otherAdmin.api('POST', `/api/v1/statements/${channelId}/votes`, { statementId, vote: 'agree' })).status, 404);
    assert.equal((await otherAdmin.get(`/fi/admin/statements/${channelId}`)).status, 404);
    assert.equal((await otherAdmin.get(`/fi/admin/statements/${channelId}/moderation`)).status, 404);
  });
});
