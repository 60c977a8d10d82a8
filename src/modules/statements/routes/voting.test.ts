import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';
import { createTestChannel, rawTotals, statementIds, vote } from '../test-support/fixtures.ts';

const PROCESS = '/processes/rauman-tarina/statements';

/** The statement id the voting page offers next (the hidden field of its vote form). */
function offered(html: string): string | null {
  return /name="statementId" value="([^"]+)"/.exec(html)?.[1] ?? null;
}

describe('voting on statements', () => {
  let test: TestApp;
  let channelId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    channelId = await createTestChannel(test, {}, 8);
  });
  after(() => test.close());

  it('shows one statement at a time with agree, disagree and pass as buttons of a POST form', async () => {
    const response = await test.client().get(`/fi${PROCESS}/${channelId}`);
    assert.equal(response.status, 200);
    const html = response.text;
    assert.match(html, /<form method="post" action="\/fi\/processes\/rauman-tarina\/statements\/[^"]+\/votes"/);
    assert.match(html, /<button type="submit" class="button button--primary" name="vote" value="agree">Samaa mieltä<\/button>/);
    assert.match(html, /<button type="submit" class="button button--primary" name="vote" value="disagree">Eri mieltä<\/button>/);
    assert.match(html, /<button type="submit" class="button button--secondary" name="vote" value="pass">Ohita \/ en osaa sanoa<\/button>/);
    assert.match(html, /Olet vastannut 0 \/ 8 väitteeseen\./);
    assert.equal([...html.matchAll(/name="statementId"/g)].length, 1, 'exactly one statement');
    assert.match(html, /<textarea id="field-text" name="text"/, 'participants may write statements here');
  });

  it('records a form vote without JavaScript: a signed participant cookie, a redirect, progress and the next statement', async () => {
    const client = test.client();
    const first = await client.get(`/fi${PROCESS}/${channelId}`);
    const statementId = offered(first.text) as string;
    const posted = await client.postForm(`/fi${PROCESS}/${channelId}/votes`, { statementId, vote: 'agree' });
    assert.equal(posted.status, 303);
    assert.equal(posted.location, `/fi${PROCESS}/${channelId}`);
    assert.match(posted.headers.getSetCookie().join('\n'), /tarina_participant=[^;]+\.[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    const next = await client.get(`/fi${PROCESS}/${channelId}`);
    assert.match(next.text, /Vastauksesi tallennettiin\./);
    assert.match(next.text, /Olet vastannut 1 \/ 8 väitteeseen\./);
    assert.notEqual(offered(next.text), statementId, 'a statement already answered is not offered again');
  });

  it('offers the least-voted statements first, and says when everything is answered', async () => {
    const client = test.client();
    const seen = new Set<string>();
    for (let step = 0; step < 8; step++) {
      const page = await client.get(`/fi${PROCESS}/${channelId}`);
      const statementId = offered(page.text);
      assert.ok(statementId, `step ${step} offers a statement`);
      assert.ok(!seen.has(statementId));
      seen.add(statementId);
      assert.equal((await client.postForm(`/fi${PROCESS}/${channelId}/votes`, { statementId, vote: 'pass' })).status, 303);
    }
    const done = await client.get(`/fi${PROCESS}/${channelId}`);
    assert.equal(offered(done.text), null);
    assert.match(done.text, /Olet vastannut kaikkiin väitteisiin\./);
  });

  it('keeps exactly one effective vote when 50 duplicate and changed votes of one participant race, and the last one counts', async () => {
    const channel = await createTestChannel(test, {}, 3);
    const client = test.client();
    const [statementId, other] = (await statementIds(client, channel)) as [string, string];
    assert.equal((await vote(client, channel, other, 'agree')).status, 200, 'the first vote gives the browser its participant cookie');
    const values = ['agree', 'disagree', 'pass'];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => vote(client, channel, statementId, values[index % 3] as string)),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      responses.map(() => 200),
    );
    const stored = () =>
      test.context.db.selectFrom('statement_votes').select(['participant_id', 'vote']).where('statement_id', '=', statementId).execute();
    const participants = await test.context.db
      .selectFrom('statement_participants')
      .select('id')
      .where('channel_id', '=', channel)
      .execute();
    assert.equal(participants.length, 1, 'one participant');
    assert.equal((await stored()).length, 1, 'one effective vote');
    const changed = await vote(client, channel, statementId, 'disagree');
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.json<{ progress: { voted: number; total: number } }>().progress, { voted: 2, total: 3 });
    assert.deepEqual(
      (await stored()).map((row) => Number(row.vote)),
      [-1],
      'the last vote counts',
    );
  });

  it('creates one participant and one vote when 50 first votes of a signed-in user race', async () => {
    const channel = await createTestChannel(test, {}, 3);
    const client = test.client();
    await client.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const [statementId] = (await statementIds(client, channel)) as [string];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => vote(client, channel, statementId, index % 2 ? 'agree' : 'pass')),
    );
    assert.ok(responses.every((response) => response.status === 200));
    const participants = await test.context.db
      .selectFrom('statement_participants')
      .select(['id'])
      .where('channel_id', '=', channel)
      .execute();
    assert.equal(participants.length, 1);
    const votes = await test.context.db
      .selectFrom('statement_votes')
      .select('vote')
      .where('participant_id', '=', participants[0]?.id as string)
      .execute();
    assert.equal(votes.length, 1);
  });

  it('shows totals that equal the votes recomputed from the stored rows, on the results page and in the API', async () => {
    const raw = await rawTotals(test, channelId);
    const api = await test.client().api('GET', `/api/v1/statements/${channelId}/results`);
    assert.equal(api.status, 200);
    const totals = api.json<{ totals: Array<{ statementId: string; agree: number; disagree: number; pass: number }> }>().totals;
    assert.equal(totals.length, 8);
    for (const entry of totals) {
      assert.deepEqual(
        { agree: entry.agree, disagree: entry.disagree, pass: entry.pass },
        raw.get(entry.statementId) ?? { agree: 0, disagree: 0, pass: 0 },
      );
    }
    const page = await test.client().get(`/fi${PROCESS}/${channelId}/results`);
    for (const [statementId, counts] of raw) {
      const row = new RegExp(
        `data-statement="${statementId}">.*?<td class="text-right">(\\d+)</td><td class="text-right">(\\d+)</td><td class="text-right">(\\d+)</td>`,
        's',
      ).exec(page.text);
      assert.ok(row, `the results table has statement ${statementId}`);
      assert.deepEqual([Number(row[1]), Number(row[2]), Number(row[3])], [counts.agree, counts.disagree, counts.pass]);
    }
  });

  it('tells a participant their group once the results are computed, and rings their point on the map', async () => {
    const client = test.client();
    const demoChannel = test.demo.statementChannelId as string;
    const ids = await statementIds(client, demoChannel);
    for (const id of ids.slice(0, 10)) assert.equal((await vote(client, demoChannel, id, 'agree')).status, 200);
    await recomputeOpinionGroups(test.context, demoChannel);
    const page = await client.get(`/fi${PROCESS}/${demoChannel}`);
    assert.match(page.text, /Viimeisimmissä tuloksissa olet ryhmässä [A-E]\./);
    assert.match(page.text, /Olet vastannut 10 \/ 41 väitteeseen\./);
    const results = await client.get(`/fi${PROCESS}/${demoChannel}/results`);
    assert.match(results.text, /Olet ryhmässä [A-E]\. Sinun kohtasi on merkitty kartalle renkaalla\./);
    assert.match(results.text, /<circle cx="[\d.]+" cy="[\d.]+" r="11" fill="none" stroke="#0b0c0c" stroke-width="3"><\/circle>/);
    assert.match(results.text, />Sinä<\/text>/);
    assert.match(results.text, /\(sinun ryhmäsi\)/);
    const api = await client.api('GET', `/api/v1/statements/${demoChannel}`);
    assert.match(api.json<{ participant: { group: string } }>().participant.group, /^[A-E]$/);
  });
});
