import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex, normalisedMutualInformation } from './clustering-agreement.ts';

test('NMI is 1 for the same partition under other names, 0 for independent ones', () => {
  assert.equal(normalisedMutualInformation([0, 0, 1, 1, 2, 2], ['b', 'b', 'a', 'a', 'c', 'c']), 1);
  assert.equal(normalisedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]), 0);
});

test('NMI matches scikit-learn on an uneven example', () => {
  // sklearn.metrics.normalized_mutual_info_score([0,0,0,1,1,1,2,2], [0,0,1,1,1,2,2,2])
  const value = normalisedMutualInformation([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2]);
  assert.ok(Math.abs(value - 0.5588730382170326) < 1e-12, String(value));
});

test('ARI matches scikit-learn on an uneven example', () => {
  // sklearn.metrics.adjusted_rand_score([0,0,0,1,1,1,2,2], [0,0,1,1,1,2,2,2])
  const value = adjustedRandIndex([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2]);
  assert.ok(Math.abs(value - 0.23809523809523808) < 1e-12, String(value));
  assert.equal(adjustedRandIndex([1, 1, 2, 2], ['x', 'x', 'y', 'y']), 1);
});
