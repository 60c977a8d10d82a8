import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silhouette } from './silhouette.ts';

test('silhouette of a hand-computed 1-D example', () => {
  // Points 0, 1 | 4, 5. For 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5.
  // For 1: a = 1, b = 3.5, s = 2.5 / 3.5. Symmetric on the other side.
  const points = Float64Array.from([0, 1, 4, 5]);
  const expected = (3.5 / 4.5 + 2.5 / 3.5) / 2;
  assert.ok(Math.abs(silhouette(points, 1, Int32Array.from([0, 0, 1, 1]), 2) - expected) < 1e-12);
});

test('a singleton cluster scores 0 for its point', () => {
  const points = Float64Array.from([0, 1, 10]);
  // Points 0 and 1: a = 1; b = 10 and 9.
  const expected = ((10 - 1) / 10 + (9 - 1) / 9 + 0) / 3;
  assert.ok(Math.abs(silhouette(points, 1, Int32Array.from([0, 0, 1]), 2) - expected) < 1e-12);
});

test('weights equal duplicated points', () => {
  const weighted = silhouette(Float64Array.from([0, 0, 1, 1, 5, 5]), 2, Int32Array.from([0, 0, 1]), 2, Float64Array.from([2, 1, 3]));
  const copies = silhouette(Float64Array.from([0, 0, 0, 0, 1, 1, 5, 5, 5, 5, 5, 5]), 2, Int32Array.from([0, 0, 0, 1, 1, 1]), 2);
  assert.ok(Math.abs(weighted - copies) < 1e-12);
});

test('well separated clusters score close to 1, a bad split scores low', () => {
  const points = Float64Array.from([0, 0.1, 0.2, 100, 100.1, 100.2]);
  assert.ok(silhouette(points, 1, Int32Array.from([0, 0, 0, 1, 1, 1]), 2) > 0.99);
  assert.ok(silhouette(points, 1, Int32Array.from([0, 1, 0, 1, 0, 1]), 2) < 0);
});
