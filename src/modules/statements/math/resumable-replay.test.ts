/**
 * A live channel continues its history replay from the previous computation's
 * checkpoint: the result must be byte for byte the full replay's, and only the
 * updates since the checkpoint are computed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeOpinionGroups, computeResumableOpinionGroups } from './compute-opinion-groups.ts';
import type { ReplayCheckpoint } from './opinion-history.ts';
import { loadConversation } from './test-support/polis-reference.ts';
import type { OpinionGroupsInput, VoteInput } from './types.ts';

const HOUR = 3_600_000;

/** A small linear congruential generator: the test's votes need only be fixed, not good randomness. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 80 participants in three planted camps voting on 24 statements over 40 hours, in time order. */
function liveConversation(): OpinionGroupsInput {
  const random = lcg(11);
  const votes: VoteInput[] = [];
  const start = Date.UTC(2026, 0, 1);
  let at = start;
  for (let p = 0; p < 80; p++) {
    for (let s = 0; s < 24; s++) {
      if (random() < 0.15) continue;
      const agree = p % 3 === s % 3 ? 0.9 : 0.2;
      votes.push({ participantId: `p${p}`, statementId: `s${s}`, vote: random() < agree ? 1 : -1, at });
      at += (40 * HOUR) / 1700;
    }
  }
  return { votes, statements: Array.from({ length: 24 }, (_, s) => ({ id: `s${s}` })) };
}

/** The input with the votes cast before `until` (as a channel holds them at that moment). */
function until(input: OpinionGroupsInput, time: number): OpinionGroupsInput {
  return { ...input, votes: input.votes.filter((vote) => (vote.at as number) < time) };
}

function lastTime(input: OpinionGroupsInput): number {
  return Math.max(...input.votes.map((vote) => vote.at as number));
}

test('continuing from the checkpoint of each computation gives the full replay, computing only the updates since', () => {
  const input = liveConversation();
  const full = computeResumableOpinionGroups(input, { seed: 1 });
  const expected = JSON.stringify(full.snapshot);
  assert.equal(JSON.stringify(computeOpinionGroups(input, { seed: 1 })), expected);
  const first = Math.min(...input.votes.map((vote) => vote.at as number));
  const end = lastTime(input);
  let checkpoint: ReplayCheckpoint | null = null;
  let computed = 0;
  // A recomputation every few hours of the conversation, then one on every vote.
  for (let time = first + 5 * HOUR; time <= end + 1; time = Math.min(time + 5 * HOUR, end + 1)) {
    const step = computeResumableOpinionGroups(until(input, time), { seed: 1, resume: checkpoint });
    assert.equal(
      JSON.stringify(step.snapshot),
      JSON.stringify(computeOpinionGroups(until(input, time), { seed: 1 })),
      `resumed computation at ${new Date(time).toISOString()} equals the full replay`,
    );
    checkpoint = step.checkpoint;
    computed += step.computedUpdates;
    if (time === end + 1) {
      assert.equal(JSON.stringify(step.snapshot), expected);
      // Each recomputation but the last redoes one update (on every vote so far); the rest are new.
      assert.ok(step.computedUpdates < full.computedUpdates, `${step.computedUpdates} of ${full.computedUpdates} updates`);
      break;
    }
  }
  assert.ok(checkpoint !== null);
  assert.ok(computed < 2 * full.computedUpdates, `${computed} updates over all recomputations`);
});

test('a checkpoint whose votes changed since (a changed vote, a statement moderated out) is not used', () => {
  const input = liveConversation();
  const full = computeResumableOpinionGroups(input, { seed: 1 });
  const half = computeResumableOpinionGroups(until(input, lastTime(input) - 20 * HOUR), { seed: 1 });
  assert.ok(half.checkpoint);

  const changed = { ...input, votes: input.votes.map((vote, i) => (i === 3 ? { ...vote, vote: -vote.vote as -1 | 0 | 1 } : vote)) };
  const fromChanged = computeResumableOpinionGroups(changed, { seed: 1, resume: half.checkpoint });
  assert.equal(fromChanged.computedUpdates, computeResumableOpinionGroups(changed, { seed: 1 }).computedUpdates);
  assert.equal(JSON.stringify(fromChanged.snapshot), JSON.stringify(computeOpinionGroups(changed, { seed: 1 })));

  const moderated = { ...input, statements: input.statements.map((s) => (s.id === 's2' ? { ...s, moderatedOut: true } : s)) };
  const fromModerated = computeResumableOpinionGroups(moderated, { seed: 1, resume: half.checkpoint });
  assert.equal(JSON.stringify(fromModerated.snapshot), JSON.stringify(computeOpinionGroups(moderated, { seed: 1 })));
  assert.equal(fromModerated.computedUpdates, computeResumableOpinionGroups(moderated, { seed: 1 }).computedUpdates);

  // Another seed is another replay.
  const otherSeed = computeResumableOpinionGroups(input, { seed: 2, resume: half.checkpoint });
  assert.equal(JSON.stringify(otherSeed.snapshot), JSON.stringify(computeOpinionGroups(input, { seed: 2 })));

  // The unchanged votes do use it.
  const resumed = computeResumableOpinionGroups(input, { seed: 1, resume: half.checkpoint });
  assert.ok(resumed.computedUpdates < full.computedUpdates);
  assert.equal(JSON.stringify(resumed.snapshot), JSON.stringify(full.snapshot));
});

test('a real conversation continued from a checkpoint equals its full replay (15-per-hour-seattle, cut at 80 % of its votes)', () => {
  const { input } = loadConversation('15-per-hour-seattle');
  const times = input.votes.map((vote) => vote.at as number).sort((a, b) => a - b);
  const cut = times[Math.floor(times.length * 0.8)] as number;
  const before = computeResumableOpinionGroups(until(input, cut), { seed: 1 });
  const resumed = computeResumableOpinionGroups(input, { seed: 1, resume: before.checkpoint });
  const full = computeResumableOpinionGroups(input, { seed: 1 });
  assert.equal(JSON.stringify(resumed.snapshot), JSON.stringify(full.snapshot));
  assert.ok(resumed.computedUpdates < full.computedUpdates / 2, `${resumed.computedUpdates} of ${full.computedUpdates} updates`);
});
