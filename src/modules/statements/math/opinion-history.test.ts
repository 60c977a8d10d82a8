import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom as mulberry32 } from '../../../platform/random/seeded-random.ts';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { EVERY_VOTER_BEFORE, replayOpinionHistory, timedUpdateSchedule } from './opinion-history.ts';
import type { OpinionGroupsInput, VoteInput } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

const HOUR = 3_600_000;

/**
 * 60 participants in two planted camps voting on 20 statements over `hours`
 * hours from `start`, then five late visitors with a single vote each.
 */
function conversation(start: number, hours: number, timed = true): OpinionGroupsInput {
  const random = mulberry32(7);
  const votes: VoteInput[] = [];
  const step = (hours * HOUR) / 1300;
  let at = start;
  for (let p = 0; p < 60; p++) {
    for (let s = 0; s < 20; s++) {
      if (random() < 0.1) continue;
      const agree = (p % 2 === 0) === (s % 2 === 0) ? 0.9 : 0.1;
      votes.push({ participantId: `p${p}`, statementId: `s${s}`, vote: random() < agree ? 1 : -1, ...(timed ? { at } : {}) });
      at += step;
    }
  }
  for (let p = 60; p < 65; p++) {
    votes.push({ participantId: `p${p}`, statementId: 's0', vote: 1, ...(timed ? { at } : {}) });
    at += step;
  }
  return { votes, statements: Array.from({ length: 20 }, (_, s) => ({ id: `s${s}` })) };
}

test('updates follow the hours of vote time, once the votes have grown by the given fraction', () => {
  // Votes at 0:10, 0:50, 1:05, 1:06, 3:00, 3:01: hours 0, 1 and 3 hold votes.
  const minutes = [10, 50, 65, 66, 180, 181];
  const times = Float64Array.from(minutes, (m) => m * 60_000);
  assert.deepEqual(timedUpdateSchedule(times, HOUR, 0.01), [2, 4, 6]);
  // 50 % growth needed: after 2 votes, the next boundary (4 votes) is +100 %, so both stay.
  assert.deepEqual(timedUpdateSchedule(times, HOUR, 0.5), [2, 4, 6]);
  // 150 % growth needed: the boundary at 4 votes is skipped.
  assert.deepEqual(timedUpdateSchedule(times, HOUR, 1.5), [2, 6]);
});

test('the replay runs one update per busy hour and ends on every vote, with the final map', () => {
  const input = conversation(Date.UTC(2026, 0, 1), 30);
  const matrix = buildVoteMatrix(input.votes, input.statements);
  const replay = replayOpinionHistory(matrix, { seed: 1 });
  assert.ok(replay.timed);
  assert.ok(replay.updates > 10, `${replay.updates} updates`);
  const once = computeOpinionGroups(input, { seed: 1, history: false });
  const history = computeOpinionGroups(input, { seed: 1 });
  // The last update sees every vote: the map is the one-shot map.
  assert.deepEqual(history.pca, once.pca);
  assert.deepEqual(history.projections, once.projections);
  assert.equal(history.groups.length, 2);
});

test('who is admitted: the vote threshold now, every voter in a Polis conversation whose votes all predate 2018', () => {
  const polis = { seed: 1, everyVoterBefore: EVERY_VOTER_BEFORE };
  const recent = computeOpinionGroups(conversation(Date.UTC(2026, 0, 1), 30), polis);
  for (let p = 60; p < 65; p++) assert.ok(recent.participants.excluded.includes(`p${p}`), `p${p} has one vote`);
  const old = computeOpinionGroups(conversation(EVERY_VOTER_BEFORE - 40 * HOUR, 30), polis);
  assert.equal(old.participants.excluded.length, 0);
  // A channel of our own (not a Polis import) keeps the threshold whatever the votes' dates.
  assert.equal(computeOpinionGroups(conversation(EVERY_VOTER_BEFORE - 40 * HOUR, 30), { seed: 1 }).participants.excluded.length, 5);
  // One vote after the date: the conversation was computed again under the threshold.
  const reopened = conversation(EVERY_VOTER_BEFORE - 40 * HOUR, 30);
  (reopened.statements as Array<{ id: string }>).push({ id: 's20' });
  (reopened.votes as VoteInput[]).push({ participantId: 'p1', statementId: 's20', vote: 1, at: EVERY_VOTER_BEFORE + HOUR });
  assert.equal(computeOpinionGroups(reopened, polis).participants.excluded.length, 5);
  // Without vote times the date is unknown: the threshold applies.
  const untimed = computeOpinionGroups(conversation(0, 30, false), polis);
  assert.equal(untimed.participants.excluded.length, 5);
});

test('the replay is deterministic and does not depend on the order of a timed input', () => {
  const input = conversation(Date.UTC(2026, 0, 1), 30);
  const reversed = { ...input, votes: [...input.votes].reverse() };
  const a = JSON.stringify(computeOpinionGroups(input, { seed: 3 }));
  assert.equal(JSON.stringify(computeOpinionGroups(input, { seed: 3 })), a);
  assert.equal(JSON.stringify(computeOpinionGroups(reversed, { seed: 3 })), a);
});
