import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../platform/random/seeded-random.ts';
import type { SparseMatrix } from './sparse-matrix.ts';
import { symmetricEigen } from './symmetric-eigen.ts';
import { truncatedSvd } from './truncated-svd.ts';

/** A random sparse rows × columns matrix with about `density` of its entries set, and its dense copy. */
function randomSparse(rows: number, columns: number, density: number, seed: number) {
  const random = seededRandom(seed);
  const dense = new Float64Array(rows * columns);
  const rowStarts = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (random() >= density) continue;
      const value = Math.fround(random() * 2 - 1 + (j % 5 === i % 5 ? 1 + (i % 5) : 0));
      dense[i * columns + j] = value;
      indices.push(j);
      values.push(value);
    }
    rowStarts[i + 1] = indices.length;
  }
  const matrix: SparseMatrix = { rows, columns, rowStarts, columnIndices: Int32Array.from(indices), values: Float32Array.from(values) };
  return { matrix, dense };
}

// More documents than terms (the iteration runs on the terms) and fewer (it runs on the documents).
for (const [rows, columns] of [
  [120, 60],
  [60, 120],
] as const) {
  test(`singular values and U·Σ agree with an exact decomposition (${rows} documents, ${columns} terms)`, () => {
    const { matrix, dense } = randomSparse(rows, columns, 0.15, 3);
    const gram = new Float64Array(columns * columns);
    for (let i = 0; i < rows; i++) {
      for (let a = 0; a < columns; a++) {
        for (let b = 0; b < columns; b++) gram[a * columns + b]! += dense[i * columns + a]! * dense[i * columns + b]!;
      }
    }
    const exact = symmetricEigen(gram, columns);
    const svd = truncatedSvd(matrix, { components: 5, seed: 9, iterations: 12 });
    let compared = 0;
    for (let c = 0; c < 5; c++) {
      const expected = Math.sqrt(exact.values[c]!);
      assert.ok(Math.abs(svd.singularValues[c]! - expected) < 1e-6 * expected, `σ${c}: ${svd.singularValues[c]} vs ${expected}`);
      // Column c of U·Σ is A·v_c, up to sign; a vector is only defined where its value stands apart from its neighbours',
      // and the last one kept converges slowest (its gap is to the first value left out).
      const gap = Math.min(
        exact.values[c]! - exact.values[c + 1]!,
        c > 0 ? exact.values[c - 1]! - exact.values[c]! : Number.POSITIVE_INFINITY,
      );
      if (c === 4 || gap < 0.05 * exact.values[c]!) continue;
      const projected = Array.from({ length: rows }, (_, i) => {
        let s = 0;
        for (let j = 0; j < columns; j++) s += dense[i * columns + j]! * exact.vectors[j * columns + c]!;
        return s;
      });
      const ours = Array.from({ length: rows }, (_, i) => svd.coordinates.data[i * 5 + c]!);
      const sign = Math.sign(ours.reduce((s, x, i) => s + x * projected[i]!, 0));
      const error = Math.max(...ours.map((x, i) => Math.abs(sign * x - projected[i]!)));
      assert.ok(error < 1e-5 * expected, `column ${c} differs by ${error}`);
      compared++;
    }
    assert.ok(compared >= 2, `only ${compared} columns stood apart`);
  });
}

test('the same seed gives the same coordinates', () => {
  const { matrix } = randomSparse(80, 40, 0.2, 5);
  const a = truncatedSvd(matrix, { components: 4, seed: 2 });
  const b = truncatedSvd(matrix, { components: 4, seed: 2 });
  assert.deepEqual(a.coordinates.data, b.coordinates.data);
});

test('asks for no more components than the matrix has', () => {
  const { matrix } = randomSparse(10, 6, 0.5, 1);
  const svd = truncatedSvd(matrix, { components: 50, seed: 1 });
  assert.equal(svd.coordinates.columns, 6);
});
