import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSeed, seededRandom as mulberry32 } from '../../../platform/random/seeded-random.ts';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { bestKMeans, kmeans } from './kmeans.ts';

/** Three blobs of 50 points around (0,0), (10,0), (0,10). */
function blobs(seed: number): { points: Float64Array; truth: number[] } {
  const random = mulberry32(seed);
  const centres = [
    [0, 0],
    [10, 0],
    [0, 10],
  ];
  const points = new Float64Array(150 * 2);
  const truth: number[] = [];
  for (let i = 0; i < 150; i++) {
    const c = centres[i % 3] as number[];
    points[2 * i] = (c[0] as number) + random() - 0.5;
    points[2 * i + 1] = (c[1] as number) + random() - 0.5;
    truth.push(i % 3);
  }
  return { points, truth };
}

test('finds well-separated clusters', () => {
  const { points, truth } = blobs(1);
  const result = kmeans(points, 2, 3, { random: mulberry32(3) });
  assert.equal(result.k, 3);
  assert.equal(adjustedRandIndex(truth, Array.from(result.labels)), 1);
  assert.deepEqual(Array.from(result.weights).sort(), [50, 50, 50]);
});

test('same seed, same result; restarts keep the lowest inertia', () => {
  const { points } = blobs(2);
  const a = kmeans(points, 2, 7, { random: mulberry32(9) });
  const b = kmeans(points, 2, 7, { random: mulberry32(9) });
  assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
  assert.deepEqual(Array.from(a.centers), Array.from(b.centers));
  const best = bestKMeans(points, 2, 7, { seed: 9, restarts: 5 });
  const runs = Array.from({ length: 5 }, (_, run) => kmeans(points, 2, 7, { random: mulberry32(deriveSeed(9, run)) }).inertia);
  assert.equal(best.inertia, Math.min(...runs));
});

test('a weight acts as that many copies of the point', () => {
  const points = Float64Array.from([0, 0, 1, 0, 10, 0]);
  const weighted = kmeans(points, 2, 1, { random: mulberry32(1), weights: Float64Array.from([1, 3, 1]) });
  const copies = kmeans(Float64Array.from([0, 0, 1, 0, 1, 0, 1, 0, 10, 0]), 2, 1, { random: mulberry32(1) });
  assert.ok(Math.abs((weighted.centers[0] as number) - (copies.centers[0] as number)) < 1e-12);
  assert.ok(Math.abs(weighted.inertia - copies.inertia) < 1e-9);
});

test('asking for more clusters than distinct points returns one per distinct point', () => {
  const points = Float64Array.from([1, 1, 1, 1, 2, 2, 2, 2]);
  const result = kmeans(points, 2, 4, { random: mulberry32(5) });
  assert.equal(result.k, 2);
  assert.equal(result.inertia, 0);
});

test('Hamerly bounds give the same labels as a brute-force nearest-centre check', () => {
  const random = mulberry32(11);
  const points = new Float64Array(2000 * 2).map(() => random() * 10);
  const result = kmeans(points, 2, 25, { random: mulberry32(12), tolerance: 0 });
  for (let i = 0; i < 2000; i++) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (let j = 0; j < result.k; j++) {
      const d =
        ((points[2 * i] as number) - (result.centers[2 * j] as number)) ** 2 +
        ((points[2 * i + 1] as number) - (result.centers[2 * j + 1] as number)) ** 2;
      if (d < bestD - 1e-12) {
        bestD = d;
        best = j;
      }
    }
    assert.equal(result.labels[i], best, `point ${i}`);
  }
});
