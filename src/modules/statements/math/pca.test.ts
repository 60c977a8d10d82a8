import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom as mulberry32 } from '../../../platform/random/seeded-random.ts';
import { topEigenpairs } from './lanczos.ts';
import { pcaOfVotes, projectParticipants } from './pca.ts';
import { symmetricEigen } from './symmetric-eigen.ts';
import type { VoteInput, VoteValue } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

const near = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps, `${a} vs ${b}`);

/** Votes from a dense grid; null = not voted. Participant and statement ids are the indices. */
function votesFromGrid(grid: Array<Array<VoteValue | null>>): VoteInput[] {
  const votes: VoteInput[] = [];
  grid.forEach((row, p) => {
    row.forEach((vote, s) => {
      if (vote !== null) votes.push({ participantId: String(p), statementId: String(s), vote });
    });
  });
  return votes;
}
const statements = (m: number) => Array.from({ length: m }, (_, s) => ({ id: String(s) }));

test('symmetric eigen-decomposition of a small known matrix', () => {
  const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
  assert.deepEqual(
    Array.from(values, (v) => Math.round(v * 1e12) / 1e12),
    [5, 3, 1],
  );
  near(Math.abs(vectors[2 * 3 + 0] as number), 1);
  near(Math.abs(vectors[0 * 3 + 1] as number), Math.SQRT1_2);
  near(Math.abs(vectors[1 * 3 + 1] as number), Math.SQRT1_2);
});

test('PCA of a tiny fully voted matrix', () => {
  const matrix = buildVoteMatrix(
    votesFromGrid([
      [1, 1],
      [-1, -1],
      [1, 1],
      [-1, -1],
    ]),
    statements(2),
  );
  const pca = pcaOfVotes(matrix);
  assert.deepEqual(Array.from(pca.center), [0, 0]);
  near(pca.eigenvalues[0], 8);
  near(pca.eigenvalues[1], 0);
  near(pca.components[0][0] as number, Math.SQRT1_2);
  near(pca.components[0][1] as number, Math.SQRT1_2);
  assert.deepEqual(Array.from(pca.components[1]), [0, 0]);
  const projection = projectParticipants(matrix, pca);
  near(projection[0] as number, Math.SQRT2);
  near(projection[2] as number, -Math.SQRT2);
});

test('missing votes are filled with the column mean and sparse voters are scaled up', () => {
  const matrix = buildVoteMatrix(
    votesFromGrid([
      [1, 1],
      [-1, null],
      [1, -1],
    ]),
    statements(2),
  );
  const pca = pcaOfVotes(matrix);
  near(pca.center[0] as number, 1 / 3);
  near(pca.center[1] as number, 0);
  // Centred, mean-filled matrix and its covariance, done densely.
  const a = [
    [2 / 3, 1],
    [-4 / 3, 0],
    [2 / 3, -1],
  ];
  const cov = new Float64Array(4);
  for (const row of a)
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) cov[i * 2 + j] = (cov[i * 2 + j] as number) + (row[i] as number) * (row[j] as number);
  const dense = symmetricEigen(cov, 2);
  near(pca.eigenvalues[0], dense.values[0] as number);
  near(pca.eigenvalues[1], dense.values[1] as number);
  const sign = Math.sign((pca.components[0][0] as number) * (dense.vectors[0] as number));
  near(pca.components[0][0] as number, sign * (dense.vectors[0] as number));
  near(pca.components[0][1] as number, sign * (dense.vectors[2] as number));
  const projection = projectParticipants(matrix, pca);
  // Participant 1 saw one statement of two: scaled by sqrt(2 / 1).
  const raw = (-4 / 3) * (pca.components[0][0] as number);
  near(projection[2] as number, raw * Math.SQRT2);
});

test('sparse PCA equals dense PCA of the mean-filled matrix on random data', () => {
  const random = mulberry32(7);
  const n = 40;
  const m = 12;
  const grid = Array.from({ length: n }, () =>
    Array.from({ length: m }, (): VoteValue | null => (random() < 0.5 ? null : (([1, -1, 0] as const)[Math.floor(random() * 3)] ?? 0))),
  );
  const matrix = buildVoteMatrix(votesFromGrid(grid), statements(m));
  const pca = pcaOfVotes(matrix);
  const cov = new Float64Array(m * m);
  for (const row of grid) {
    const centred = row.map((v, c) => (v === null ? 0 : v - (pca.center[c] as number)));
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) cov[i * m + j] = (cov[i * m + j] as number) + (centred[i] as number) * (centred[j] as number);
  }
  const dense = symmetricEigen(cov, m);
  for (const k of [0, 1] as const) {
    near(pca.eigenvalues[k], dense.values[k] as number, 1e-8);
    const ours = pca.components[k];
    let dot = 0;
    for (let i = 0; i < m; i++) dot += (ours[i] as number) * (dense.vectors[i * m + k] as number);
    near(Math.abs(dot), 1, 1e-9);
  }
});

test('a moderated-out statement is zeroed but counts as known when scaling', () => {
  const votes = votesFromGrid([
    [1, 1, 1],
    [-1, -1, null],
    [1, -1, null],
  ]);
  const matrix = buildVoteMatrix(votes, [{ id: '0' }, { id: '1' }, { id: '2', moderatedOut: true }]);
  const pca = pcaOfVotes(matrix);
  assert.equal(pca.center[2], 0);
  assert.equal(pca.components[0][2], 0);
  assert.equal(pca.components[1][2], 0);
  const projection = projectParticipants(matrix, pca);
  // Participant 1 voted 2 of 3 columns; the zeroed column makes it 3 of 3: no scaling.
  const c0 = pca.components[0];
  const raw = (-1 - (pca.center[0] as number)) * (c0[0] as number) + (-1 - (pca.center[1] as number)) * (c0[1] as number);
  near(projection[2] as number, raw);
});

test('Lanczos finds the top eigenpairs of a diagonal operator', () => {
  const diagonal = Float64Array.from([1, 9, 4, 7, 2]);
  const { values, vectors } = topEigenpairs(
    (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = (diagonal[i] as number) * (x[i] as number);
    },
    5,
    2,
  );
  near(values[0] as number, 9);
  near(values[1] as number, 7);
  near(vectors[0]?.[1] as number, 1);
  near(vectors[1]?.[3] as number, 1);
});
