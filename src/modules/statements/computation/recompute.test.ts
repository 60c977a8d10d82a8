import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { createTestChannel, statementIds, vote } from '../test-support/fixtures.ts';
import { claimRecomputation, RECOMPUTATION } from './claim-recomputation.ts';
import { recomputeOpinionGroups, runDueRecomputations } from './recompute-opinion-groups.ts';

describe('recomputing opinion groups in the background', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  const channelRow = (id: string) =>
    test.context.db.selectFrom('statement_channels').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const snapshotCount = async (id: string) =>
    (await test.context.db.selectFrom('statement_snapshots').select('id').where('channel_id', '=', id).execute()).length;

  it('waits for the debounce delay after votes, then computes once and clears the request', async (t) => {
    const channelId = await createTestChannel(test, {}, 3);
    await recomputeOpinionGroups(test.context, channelId);
    const before = await snapshotCount(channelId);
    const client = test.client();
    for (const id of await statementIds(client, channelId)) assert.equal((await vote(client, channelId, id, 'agree')).status, 200);
    const requested = (await channelRow(channelId)).recompute_requested_at;
    assert.ok(requested, 'a vote asks for a recomputation');
    const at = new Date(Date.parse(requested));
    assert.equal(await runDueRecomputations(test.context, new Date(at.getTime() + 1000)), 0, 'not yet: votes may still be coming');
    const due = new Date(at.getTime() + RECOMPUTATION.debounceMs + 1);
    // The app's own interval may get there first on a slow machine; either way exactly one snapshot follows.
    if ((await runDueRecomputations(test.context, due)) === 0) t.diagnostic('the background tick computed it first');
    const row = await channelRow(channelId);
    assert.equal(row.recompute_requested_at, null);
    assert.equal(row.compute_lease_until, null);
    assert.equal(row.computed_version, row.inputs_version);
    assert.equal(await snapshotCount(channelId), before + 1);
    assert.equal(await runDueRecomputations(test.context, due), 0, 'nothing left to do');
  });

  it('stores nothing new when the inputs have not changed', async () => {
    const channelId = test.demo.statementChannelId as string;
    const before = await snapshotCount(channelId);
    const first = await recomputeOpinionGroups(test.context, channelId);
    const second = await recomputeOpinionGroups(test.context, channelId);
    assert.equal(first?.id, second?.id);
    assert.equal(await snapshotCount(channelId), before);
  });

  it('keeps each participant’s group letter when a few votes swap the groups’ sizes', async () => {
    const channelId = await createTestChannel(test, {}, 6);
    const camp = async (count: number, side: 'agree' | 'disagree') => {
      for (let p = 0; p < count; p++) {
        const client = test.client();
        const ids = await statementIds(client, channelId);
        for (const [i, id] of ids.entries()) {
          const value = i < 3 === (side === 'agree') ? 'agree' : 'disagree';
          assert.equal((await vote(client, channelId, id, value)).status, 200);
        }
      }
    };
    const groupsByNumber = async () => {
      const snapshot = await findLatestSnapshot(test.context.db, test.demo.organisationId as string, channelId);
      assert.ok(snapshot);
      return new Map(snapshot.result.groups.flatMap((group) => group.members.map((member) => [member, group.id] as const)));
    };
    await camp(12, 'agree');
    await camp(8, 'disagree');
    await recomputeOpinionGroups(test.context, channelId);
    const before = await groupsByNumber();
    assert.equal(new Set(before.values()).size, 2);
    await camp(9, 'disagree');
    await recomputeOpinionGroups(test.context, channelId);
    const after = await groupsByNumber();
    assert.equal(after.size, 29);
    for (const [member, id] of before) assert.equal(after.get(member), id, `participant ${member} keeps the letter`);
  });

  it('lets exactly one of several processes claim a channel, and another take over when its lease expires', async () => {
    const channelId = await createTestChannel(test, {}, 2);
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimRecomputation(test.context.db, channelId, now, { force: true })));
    assert.equal(claims.filter((claim) => claim !== null).length, 1);
    assert.equal(
      await claimRecomputation(test.context.db, channelId, new Date(now.getTime() + 1000), { force: true }),
      null,
      'the lease holds',
    );
    const later = new Date(now.getTime() + RECOMPUTATION.leaseMs + 1000);
    assert.ok(await runDueRecomputations(test.context, later), 'an expired lease makes the channel due again');
    const row = await channelRow(channelId);
    assert.equal(row.compute_lease_until, null);
    assert.ok(row.computed_at);
  });
});
