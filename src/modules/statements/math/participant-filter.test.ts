import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replayParticipantSelection, selectParticipants } from './participant-filter.ts';
import type { VoteInput } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

test('threshold is min(7, statements); topped up with the most active while fewer than 15', () => {
  const counts = Int32Array.from([7, 6, 1, 0, 9]);
  assert.deepEqual(Array.from(selectParticipants(counts, 20, { minimumParticipants: 0 })), [1, 0, 0, 0, 1]);
  assert.deepEqual(Array.from(selectParticipants(counts, 20, { minimumParticipants: 3 })), [1, 1, 0, 0, 1]);
  // Three statements only: three votes are enough.
  assert.deepEqual(Array.from(selectParticipants(Int32Array.from([3, 2]), 3, { minimumParticipants: 0 })), [1, 0]);
  // Never adds someone with no votes.
  assert.deepEqual(Array.from(selectParticipants(counts, 20)), [1, 1, 1, 0, 1]);
});

test('previously included participants stay in', () => {
  const included = selectParticipants(Int32Array.from([1, 8]), 20, { minimumParticipants: 0, previouslyIncluded: Uint8Array.from([1, 0]) });
  assert.deepEqual(Array.from(included), [1, 1]);
});

test('replay keeps early participants admitted while the conversation was small', () => {
  const votes: VoteInput[] = [];
  let at = 0;
  // 20 participants; the first 16 cast one vote each early on, then four
  // latecomers vote on eight statements each.
  for (let p = 0; p < 16; p++) votes.push({ participantId: `p${p}`, statementId: 's0', vote: 1, at: at++ });
  for (let p = 16; p < 20; p++)
    for (let s = 0; s < 8; s++) votes.push({ participantId: `p${p}`, statementId: `s${s}`, vote: -1, at: at++ });
  const statements = Array.from({ length: 8 }, (_, s) => ({ id: `s${s}` }));
  const matrix = buildVoteMatrix(votes, statements);
  const included = replayParticipantSelection(matrix);
  const ids = matrix.participantIds.filter((_, r) => included[r] === 1);
  // With one statement, one vote met the threshold: all 16 early voters are in.
  assert.equal(ids.length, 20);
  // Applied once on final counts, the threshold (7) keeps only the latecomers plus a top-up to 15.
  const once = selectParticipants(
    Int32Array.from(matrix.participantIds.map((_, r) => (matrix.rowStart[r + 1] as number) - (matrix.rowStart[r] as number))),
    8,
  );
  assert.equal(
    once.reduce((a, b) => a + b, 0),
    15,
  );
});

test('replay with many statements from the start admits the first fifteen voters and then only active ones', () => {
  const statements = Array.from({ length: 10 }, (_, s) => ({ id: `s${s}` }));
  const votes: VoteInput[] = [];
  let at = 0;
  for (let s = 0; s < 10; s++) votes.push({ participantId: 'seed', statementId: `s${s}`, vote: 1, at: at++ });
  for (let p = 0; p < 30; p++) votes.push({ participantId: `p${String(p).padStart(2, '0')}`, statementId: 's0', vote: 1, at: at++ });
  const matrix = buildVoteMatrix(votes, statements);
  const included = replayParticipantSelection(matrix);
  const ids = matrix.participantIds.filter((_, r) => included[r] === 1);
  // By the time p00 votes, 10 statements exist (threshold 7): only the
  // top-up lets the first 14 single-vote participants in.
  assert.deepEqual(ids, [...Array.from({ length: 14 }, (_, p) => `p${String(p).padStart(2, '0')}`), 'seed']);
});
