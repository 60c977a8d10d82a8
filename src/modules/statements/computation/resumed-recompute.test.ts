/**
 * A live channel's recomputation continues the history replay from the
 * previous computation's checkpoint (replay-checkpoints.ts): it computes only
 * the updates since, and stores the same bytes as a full replay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { castVote } from '../commands/cast-vote.ts';
import { computeResumableOpinionGroups } from '../math/compute-opinion-groups.ts';
import type { OpinionGroupsSnapshot } from '../math/types.ts';
import { createTestChannel } from '../test-support/fixtures.ts';
import { type ComputationInputs, toOpinionGroupsInput } from './computation-inputs.ts';
import { OPINION_GROUPS_SEED, recomputeOpinionGroups } from './recompute-opinion-groups.ts';
import { forgetReplayCheckpoints } from './replay-checkpoints.ts';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 5, 1);

describe('recomputing a live channel from its replay checkpoint', () => {
  let test: TestApp;

  before(async () => {
    // The app's clock stays before the votes' times, so the background job never finds them due
    // and every computation here is this test's own.
    test = await startTestApp({ demo: true, clock: fixedClock(new Date(START)) });
  });
  after(() => test.close());

  /** Participants `from`…`to` − 1 vote on every statement, one vote a minute, from `hour` hours after START. */
  async function voteRound(channelId: string, statements: string[], from: number, to: number, hour: number) {
    let at = START + hour * HOUR;
    for (let p = from; p < to; p++) {
      for (const [s, statementId] of statements.entries()) {
        const agree = (p % 2 === 0) === (s % 2 === 0);
        await castVote(
          test.context.db,
          {
            organisationId: test.demo.organisationId as string,
            channelId,
            statementId,
            vote: (p + s) % 7 === 0 ? 'pass' : agree ? 'agree' : 'disagree',
            identity: { userId: null, browserKey: `resume-${channelId}-${p}` },
          },
          new Date(at),
        );
        at += 60_000;
      }
    }
  }

  async function storedSnapshot(id: string) {
    const row = await test.context.db
      .selectFrom('statement_snapshots')
      .select(['inputs', 'result'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { inputs: JSON.parse(row.inputs) as ComputationInputs, result: row.result };
  }

  it('computes only the updates since the last computation and stores what a full replay gives', async (t) => {
    forgetReplayCheckpoints();
    const channelId = await createTestChannel(test, {}, 6);
    const statements = (
      await test.context.db
        .selectFrom('statements')
        .select(['id', 'number'])
        .where('channel_id', '=', channelId)
        .orderBy('number')
        .execute()
    ).map((row) => row.id);

    // Votes over the first eight hours, then a computation (full: nothing to continue from).
    await voteRound(channelId, statements, 0, 40, 0);
    const first = await recomputeOpinionGroups(test.context, channelId);
    assert.ok(first?.computedUpdates && first.computedUpdates > 1, `${first?.computedUpdates} updates`);

    // Three more hours of votes: the next computation continues from the checkpoint.
    await voteRound(channelId, statements, 40, 70, 9);
    const second = await recomputeOpinionGroups(test.context, channelId);
    assert.ok(second && second.id !== first.id);
    const stored = await storedSnapshot(second.id);
    const previous = JSON.parse((await storedSnapshot(first.id)).result) as OpinionGroupsSnapshot;
    const full = computeResumableOpinionGroups(toOpinionGroupsInput(stored.inputs), {
      seed: OPINION_GROUPS_SEED,
      previousGroups: previous.groups.map((group) => ({ id: group.id, members: group.members })),
    });
    t.diagnostic(`resumed: ${second.computedUpdates} updates computed; full replay: ${full.computedUpdates}`);
    assert.ok((second.computedUpdates as number) < full.computedUpdates);
    assert.equal(stored.result, JSON.stringify(full.snapshot), 'byte-identical to the full replay');
  });
});
