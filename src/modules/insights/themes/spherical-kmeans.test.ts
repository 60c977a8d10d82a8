import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillGaussian, seededRandom } from '../../../platform/random/seeded-random.ts';
import { chooseThemeCount, stabilityOf } from './choose-theme-count.ts';
import { normalisedMutualInformation } from './clustering-agreement.ts';
import { cosineDistances, meanSilhouette } from './silhouette.ts';
import { type DenseMatrix, normaliseRows } from './sparse-matrix.ts';
import { sphericalKMeans } from './spherical-kmeans.ts';

/** Points around `groups` random directions in `dim` dimensions, unit length, with their true group. */
function directions(groups: number, perGroup: number, dim: number, spread: number, seed: number) {
  const random = seededRandom(seed);
  const centres = new Float64Array(groups * dim);
  fillGaussian(centres, random);
  const data = new Float64Array(groups * perGroup * dim);
  const noise = new Float64Array(dim);
  const truth: number[] = [];
  for (let g = 0; g < groups; g++) {
    for (let p = 0; p < perGroup; p++) {
      fillGaussian(noise, random);
      const row = (g * perGroup + p) * dim;
      for (let d = 0; d < dim; d++) data[row + d] = centres[g * dim + d]! + spread * noise[d]!;
      truth.push(g);
    }
  }
  const points: DenseMatrix = { rows: groups * perGroup, columns: dim, data };
  normaliseRows(points);
  return { points, truth };
}

test('finds well-separated groups of directions', () => {
  const { points, truth } = directions(5, 40, 20, 0.3, 1);
  const result = sphericalKMeans(points, { k: 5, seed: 4 });
  assert.equal(normalisedMutualInformation(result.labels, truth), 1);
  for (let c = 0; c < 5; c++) {
    const norm = Math.hypot(...result.centres.subarray(c * 20, c * 20 + 20));
    assert.ok(Math.abs(norm - 1) < 1e-9);
  }
});

test('is deterministic for a seed, and more restarts never lower the cohesion', () => {
  const { points } = directions(6, 30, 10, 1.2, 2);
  const a = sphericalKMeans(points, { k: 6, seed: 11, restarts: 1 });
  const b = sphericalKMeans(points, { k: 6, seed: 11, restarts: 1 });
  assert.deepEqual(a.labels, b.labels);
  const more = sphericalKMeans(points, { k: 6, seed: 11, restarts: 8 });
  assert.ok(more.cohesion >= a.cohesion - 1e-9);
});

test('silhouette is high for separated groups and the chosen count is theirs', () => {
  const { points, truth } = directions(4, 50, 16, 0.25, 3);
  const silhouette = meanSilhouette(cosineDistances(points), Int32Array.from(truth), 4);
  assert.ok(silhouette > 0.5, `silhouette ${silhouette}`);
  const choice = chooseThemeCount(points, { minThemes: 2, maxThemes: 9, seed: 1 });
  assert.equal(choice.k, 4);
  assert.equal(choice.silhouettes.length, 8);
});

test('stability: halves of clearly grouped points agree at their number, less at a wrong one', () => {
  const { points } = directions(4, 60, 16, 0.3, 6);
  const right = stabilityOf(points, 4, 1);
  const wrong = stabilityOf(points, 7, 1);
  assert.ok(right > 0.95, `stability at 4: ${right}`);
  assert.ok(wrong < right, `stability at 7: ${wrong}`);
  assert.equal(chooseThemeCount(points, { minThemes: 2, maxThemes: 8, seed: 2, criterion: 'stability' }).k, 4);
});

test('gap statistic: finds the number of groups there are, and the lowest count allowed where there are none', () => {
  for (const groups of [3, 6]) {
    const { points } = directions(groups, 40, 16, 0.3, 20 + groups);
    const choice = chooseThemeCount(points, { minThemes: 2, maxThemes: 10, seed: 3, criterion: 'gap' });
    assert.equal(choice.k, groups, `gaps ${JSON.stringify(choice.gaps)}`);
    assert.equal(choice.gaps.length, 9);
    assert.equal(choice.silhouettes.length, 9);
  }
  // Directions spread evenly (one Gaussian cloud): every k splits noise, no gap rises above the next one's error.
  const data = new Float64Array(200 * 16);
  fillGaussian(data, seededRandom(8));
  const cloud: DenseMatrix = { rows: 200, columns: 16, data };
  normaliseRows(cloud);
  assert.equal(chooseThemeCount(cloud, { minThemes: 2, maxThemes: 10, seed: 3 }).k, 2);
});
