import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareIds } from './id-order.ts';
import type { VoteInput } from './types.ts';
import { buildVoteMatrix, cellRows } from './vote-matrix.ts';

const cellsOf = (matrix: ReturnType<typeof buildVoteMatrix>) => {
  const rows = cellRows(matrix);
  return Array.from(matrix.columns, (c, k) => `${matrix.participantIds[rows[k] as number]}/${matrix.statementIds[c]}=${matrix.values[k]}`);
};

test('the latest vote by time counts, whatever the input order', () => {
  const votes: VoteInput[] = [
    { participantId: 'a', statementId: 's', vote: -1, at: 20 },
    { participantId: 'a', statementId: 's', vote: 1, at: 10 },
    { participantId: 'b', statementId: 's', vote: 0, at: 5 },
  ];
  assert.deepEqual(cellsOf(buildVoteMatrix(votes, [{ id: 's' }])), ['a/s=-1', 'b/s=0']);
});

test('without times, the given order is the clock', () => {
  const votes: VoteInput[] = [
    { participantId: 'a', statementId: 's', vote: -1 },
    { participantId: 'a', statementId: 's', vote: 1, at: 1 },
  ];
  assert.deepEqual(cellsOf(buildVoteMatrix(votes, [{ id: 's' }])), ['a/s=1']);
});

test('equal times keep the given order', () => {
  const votes: VoteInput[] = [
    { participantId: 'a', statementId: 's', vote: -1, at: 3 },
    { participantId: 'b', statementId: 's', vote: 1, at: 1 },
    { participantId: 'a', statementId: 's', vote: 1, at: 3 },
  ];
  assert.deepEqual(cellsOf(buildVoteMatrix(votes, [{ id: 's' }])), ['a/s=1', 'b/s=1']);
});

test('ids in natural order; unknown statements and statements without votes are left out', () => {
  const votes: VoteInput[] = [
    { participantId: '10', statementId: 's2', vote: 1 },
    { participantId: '9', statementId: 's10', vote: -1 },
    { participantId: 'x', statementId: 'ghost', vote: 1 },
  ];
  const matrix = buildVoteMatrix(votes, [{ id: 's10', moderatedOut: true }, { id: 's2' }, { id: 'unvoted' }]);
  assert.deepEqual(matrix.participantIds, ['9', '10']);
  assert.deepEqual(matrix.statementIds, ['s10', 's2']);
  assert.deepEqual(Array.from(matrix.moderatedOut), [1, 0]);
  assert.deepEqual(cellsOf(matrix), ['9/s10=-1', '10/s2=1']);
});

test('cells are listed in order of their first vote', () => {
  const votes: VoteInput[] = [
    { participantId: 'b', statementId: '2', vote: 1, at: 1 },
    { participantId: 'a', statementId: '1', vote: 1, at: 2 },
    { participantId: 'b', statementId: '2', vote: -1, at: 3 },
    { participantId: 'b', statementId: '1', vote: 0, at: 4 },
  ];
  const matrix = buildVoteMatrix(votes, [{ id: '1' }, { id: '2' }]);
  const cells = cellsOf(matrix);
  assert.deepEqual(
    Array.from(matrix.cellsByFirstVote, (k) => cells[k]),
    ['b/2=-1', 'a/1=1', 'b/1=0'],
  );
});

test('rejects a vote value outside 1, -1, 0', () => {
  assert.throws(() => buildVoteMatrix([{ participantId: 'a', statementId: 's', vote: 2 as 1 }], [{ id: 's' }]), RangeError);
});

test('id order: integers by value first, then strings by code unit', () => {
  assert.deepEqual(['b', '10', 'a', '2', '02', 'B'].sort(compareIds), ['2', '10', '02', 'B', 'a', 'b']);
});
