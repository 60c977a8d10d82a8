import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from './adjusted-rand-index.ts';

test('identical partitions score 1 whatever the label names', () => {
  assert.equal(adjustedRandIndex([0, 0, 1, 1, 2], [0, 0, 1, 1, 2]), 1);
  assert.equal(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c']), 1);
});

test('matches the textbook value for a split cluster', () => {
  // Hubert & Arabie's ARI of {0,0,1,1} vs {0,0,1,2} is 4/7.
  assert.ok(Math.abs(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]) - 4 / 7) < 1e-12);
  assert.ok(Math.abs(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1]) - 4 / 7) < 1e-12);
});

test('one cluster against all singletons scores 0; unrelated labellings about 0 or below', () => {
  assert.equal(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3]), 0);
  assert.ok(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]) < 0);
});

test('trivial identical partitions are a perfect match', () => {
  assert.equal(adjustedRandIndex([1, 1, 1], [2, 2, 2]), 1);
  assert.equal(adjustedRandIndex([], []), 1);
});

test('labels 1 and "1" are different', () => {
  assert.equal(adjustedRandIndex([1, '1', 1, '1'], [0, 1, 0, 1]), 1);
});

test('rejects labellings of different length', () => {
  assert.throws(() => adjustedRandIndex([0, 1], [0]), RangeError);
});
