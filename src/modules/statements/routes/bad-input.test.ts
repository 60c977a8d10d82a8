import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { STATEMENT_LIMITS_PER_MINUTE, VOTE_LIMITS } from '../channel-access.ts';
import { moderateStatement } from '../commands/moderate-statement.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { createTestChannel, demoAdmin, statementIds, vote } from '../test-support/fixtures.ts';

const PROCESS = '/processes/rauman-tarina/statements';

describe('bad input to the statements channel', () => {
  let test: TestApp;
  let channelId: string;
  let ids: string[];

  before(async () => {
    test = await startTestApp({ demo: true });
    channelId = await createTestChannel(test, { moderation: 'after' }, 4);
    ids = await statementIds(test.client(), channelId);
  });
  after(() => test.close());

  it('answers 404 for votes on hidden, pending, unknown and other channels’ statements, and stores none', async () => {
    const client = test.client();
    const pendingChannel = await createTestChannel(test, { moderation: 'before' }, 1);
    const written = await client.api('POST', `/api/v1/statements/${pendingChannel}/statements`, { text: 'Odottaa vielä moderaattoria.' });
    assert.equal(written.status, 201);
    assert.equal(written.json<{ status: string }>().status, 'pending');
    await moderateStatement(
      test.context.db,
      demoAdmin(test),
      { channelId, statementId: ids[3] as string, decision: 'hide', reason: 'Toistoa.' },
      new Date(),
    );
    const otherChannelStatement = (await statementIds(client, test.demo.statementChannelId as string))[0] as string;
    const cases = [
      [channelId, ids[3]],
      [pendingChannel, written.json<{ id: string }>().id],
      [channelId, 'no-such-statement'],
      [channelId, otherChannelStatement],
    ] as const;
    for (const [channel, statementId] of cases) {
      const response = await vote(client, channel, statementId as string, 'agree');
      assert.equal(response.status, 404, `${statementId}`);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
    const stored = await test.context.db
      .selectFrom('statement_votes')
      .select('statement_id')
      .where('statement_id', '=', ids[3] as string)
      .execute();
    assert.deepEqual(stored, []);
    const form = await client.postForm(`/fi${PROCESS}/${channelId}/votes`, { statementId: ids[3] as string, vote: 'agree' });
    assert.equal(form.status, 404);
    assert.match(form.text, /<html lang="fi"/);
  });

  it('refuses votes other than agree, disagree and pass with 422 in the user’s language', async () => {
    const client = test.client();
    for (const value of ['maybe', '1', '', 'AGREE']) {
      const response = await vote(client, channelId, ids[0] as string, value);
      assert.equal(response.status, 422, value);
    }
    const missing = await client.api('POST', `/api/v1/statements/${channelId}/votes`, { vote: 'agree' });
    assert.equal(missing.status, 422);
    const form = await client.postForm(`/sv${PROCESS}/${channelId}/votes`, { statementId: ids[0] as string, vote: 'kanske' });
    assert.equal(form.status, 422);
    assert.match(form.text, /<html lang="sv"/);
  });

  it('answers 409 outside the open time and 404 for a draft channel', async () => {
    const client = test.client();
    const closed = await createTestChannel(test, { opensAt: '2013-03-08T08:00', closesAt: '2013-04-17T23:59' }, 1);
    const future = await createTestChannel(test, { opensAt: '2099-01-01T08:00' }, 1);
    const draft = await createTestChannel(test, { status: 'draft' }, 1);
    const closedVote = await vote(client, closed, (await statementIds(client, closed))[0] as string, 'agree');
    assert.equal(closedVote.status, 409);
    assert.match(closedVote.json<{ detail: string }>().detail, /no longer be answered|inte längre|ei voi enää/);
    assert.equal((await vote(client, future, (await statementIds(client, future))[0] as string, 'agree')).status, 409);
    assert.equal((await client.api('GET', `/api/v1/statements/${draft}`)).status, 404);
    const page = await client.get(`/fi${PROCESS}/${closed}`);
    assert.match(page.text, /Kanava on sulkeutunut\./);
    assert.doesNotMatch(page.text, /name="statementId"/);
  });

  it('refuses empty and over-long statements with 422, keeping what was typed in the form', async () => {
    const client = test.client();
    for (const text of ['', '   ', 'x'.repeat(STATEMENT_LIMITS.statementMax + 1)]) {
      const response = await client.api('POST', `/api/v1/statements/${channelId}/statements`, { text });
      assert.equal(response.status, 422, `${text.length} characters`);
    }
    const long = 'y'.repeat(STATEMENT_LIMITS.statementMax + 1);
    const form = await client.postForm(`/fi${PROCESS}/${channelId}/statements`, { text: long, language: 'fi' });
    assert.equal(form.status, 422);
    assert.match(form.text, /<div class="error-summary" role="alert"/);
    assert.match(form.text, /enintään 300 merkkiä/);
    assert.ok(form.text.includes(long), 'the text is shown again');
    const exact = await client.api('POST', `/api/v1/statements/${channelId}/statements`, {
      text: 'z'.repeat(STATEMENT_LIMITS.statementMax),
    });
    assert.equal(exact.status, 201);
    const again = await client.api('POST', `/api/v1/statements/${channelId}/statements`, {
      text: 'z'.repeat(STATEMENT_LIMITS.statementMax),
    });
    assert.equal(again.status, 409, 'the same statement twice');
  });

  it('escapes hostile text wherever a statement is shown', async () => {
    const client = test.client();
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';
    const written = await client.api('POST', `/api/v1/statements/${channelId}/statements`, { text: hostile });
    assert.equal(written.status, 201);
    assert.equal(written.json<{ status: string }>().status, 'published');
    const results = await client.get(`/fi${PROCESS}/${channelId}/results`);
    assert.ok(!results.text.includes('<script>alert'), 'no script tag');
    assert.ok(!results.text.includes('<img src=x'), 'no img tag');
    assert.ok(
      results.text.includes('&lt;script>alert(&quot;x&quot;)&lt;/script>&lt;img src=x onerror=alert(1)> &amp; &quot;quotes&quot;'),
      'shown as text',
    );
    const admin = await test.adminClient();
    const queue = await admin.get(`/fi/admin/statements/${channelId}/moderation`);
    assert.equal(queue.status, 200);
    assert.ok(!queue.text.includes('<script>alert'));
  });

  it('answers floods of votes and statements with 429', async () => {
    const client = test.client();
    const statementId = ids[0] as string;
    assert.equal(
      (await vote(client, channelId, ids[1] as string, 'pass')).status,
      200,
      'the first vote, counted by address, gives the cookie',
    );
    const statuses: number[] = [];
    for (let index = 0; index <= VOTE_LIMITS.perParticipant; index++) {
      statuses.push((await vote(client, channelId, statementId, index % 2 ? 'agree' : 'disagree')).status);
    }
    assert.deepEqual(
      statuses.slice(0, VOTE_LIMITS.perParticipant).filter((status) => status !== 200),
      [],
    );
    assert.equal(statuses.at(-1), 429);
    const limited = await vote(client, channelId, statementId, 'agree');
    assert.equal(limited.status, 429);
    assert.equal(limited.json<{ type: string; status: number }>().status, 429);
    assert.equal((await vote(test.client(), channelId, statementId, 'agree')).status, 200, 'another participant is not limited');
    const writer = test.client();
    await vote(writer, channelId, statementId, 'agree');
    const written: number[] = [];
    for (let index = 0; index <= STATEMENT_LIMITS_PER_MINUTE.perParticipant; index++) {
      written.push((await writer.api('POST', `/api/v1/statements/${channelId}/statements`, { text: `Tulva ${index}` })).status);
    }
    assert.deepEqual(
      written.slice(0, -1),
      written.slice(0, -1).map(() => 201),
    );
    assert.equal(written.at(-1), 429);
  });
});
