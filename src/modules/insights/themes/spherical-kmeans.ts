/**
 * Spherical k-means: unit-length points, each assigned to the centre of
 * highest cosine, each centre the normalised mean of its points (Dhillon and
 * Modha 2001). Seeded k-means++ starts (on the distance 1 − cos), several
 * restarts, the one of highest total cosine kept. Every tie is broken by
 * index, so the seed fully determines the result.
 */

import { deriveSeed, type Random, seededRandom } from '../../../platform/random/seeded-random.ts';
import type { DenseMatrix } from './sparse-matrix.ts';

/** Options for sphericalKMeans. */
export interface SphericalKMeansOptions {
  k: number;
  seed: number;
  /** Independent k-means++ starts (default 10). */
  restarts?: number;
  /** Cap on iterations per start (default 100). */
  maxIterations?: number;
  /** Called after each start with the share of starts done. */
  onRestart?: (fraction: number) => void;
  /** Checked between iterations. */
  signal?: AbortSignal;
}

/** The best start's clusters. */
export interface SphericalKMeansResult {
  k: number;
  /** k × dim unit centres. */
  centres: Float64Array;
  labels: Int32Array;
  /** Sum over points of the cosine to their centre (higher is tighter). */
  cohesion: number;
}

function dot(points: Float64Array, i: number, centres: Float64Array, j: number, dim: number): number {
  let s = 0;
  const a = i * dim;
  const b = j * dim;
  for (let d = 0; d < dim; d++) s += points[a + d]! * centres[b + d]!;
  return s;
}

function draw(mass: Float64Array, total: number, random: Random): number {
  let target = random() * total;
  let last = 0;
  for (let i = 0; i < mass.length; i++) {
    if (mass[i]! <= 0) continue;
    last = i;
    target -= mass[i]!;
    if (target < 0) return i;
  }
  return last;
}

/** k-means++ on 1 − cos: each new centre drawn with probability proportional to its distance from the nearest chosen one. */
function seedCentres(points: DenseMatrix, k: number, random: Random): Float64Array {
  const { rows: n, columns: dim } = points;
  const centres = new Float64Array(k * dim);
  const nearest = new Float64Array(n).fill(2);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(points.data.subarray(chosen * dim, chosen * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const distance = Math.max(0, 1 - dot(points.data, i, centres, c, dim));
      if (distance < nearest[i]!) nearest[i] = distance;
      total += nearest[i]!;
    }
    if (total <= 0) break;
    chosen = draw(nearest, total, random);
  }
  return centres;
}

/** Assigns every point to its centre of highest cosine; answers the total cosine and how many labels changed. */
function assign(points: DenseMatrix, centres: Float64Array, k: number, labels: Int32Array): { cohesion: number; changed: number } {
  const { rows, columns: dim, data } = points;
  let cohesion = 0;
  let changed = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * dim;
    let best = 0;
    let bestCos = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const from = c * dim;
      let cos = 0;
      for (let d = 0; d < dim; d++) cos += data[base + d]! * centres[from + d]!;
      if (cos > bestCos) {
        bestCos = cos;
        best = c;
      }
    }
    if (labels[i] !== best) changed++;
    labels[i] = best;
    cohesion += bestCos;
  }
  return { cohesion, changed };
}

/** Moves each centre to its points' normalised mean; an empty cluster keeps its centre. */
function update(points: DenseMatrix, centres: Float64Array, k: number, labels: Int32Array): void {
  const { rows, columns: dim, data } = points;
  const sums = new Float64Array(k * dim);
  for (let i = 0; i < rows; i++) {
    const to = labels[i]! * dim;
    const from = i * dim;
    for (let d = 0; d < dim; d++) sums[to + d]! += data[from + d]!;
  }
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += sums[c * dim + d]! ** 2;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (let d = 0; d < dim; d++) centres[c * dim + d] = sums[c * dim + d]! * scale;
  }
}

/**
 * Runs Lloyd's iterations from the given centres (changed in place) until no label moves, or, over 10,000 points, until
 * at most one point in 10,000 moves (the rest is rounding-level churn that costs a full pass each time).
 */
export function refineClusters(
  points: DenseMatrix,
  centres: Float64Array,
  k: number,
  maxIterations = 100,
  signal?: AbortSignal,
): SphericalKMeansResult {
  const labels = new Int32Array(points.rows).fill(-1);
  const settled = Math.floor(points.rows / 10_000);
  let cohesion = assign(points, centres, k, labels).cohesion;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    signal?.throwIfAborted();
    update(points, centres, k, labels);
    const step = assign(points, centres, k, labels);
    cohesion = step.cohesion;
    if (step.changed <= settled) break;
  }
  return { k, centres, labels, cohesion };
}

/** Clusters unit-length points into k groups; the best of several seeded starts. */
export function sphericalKMeans(points: DenseMatrix, options: SphericalKMeansOptions): SphericalKMeansResult {
  const k = Math.max(1, Math.min(options.k, points.rows));
  const restarts = options.restarts ?? 10;
  let best: SphericalKMeansResult | undefined;
  for (let restart = 0; restart < restarts; restart++) {
    options.signal?.throwIfAborted();
    const random = seededRandom(deriveSeed(options.seed, restart));
    const result = refineClusters(points, seedCentres(points, k, random), k, options.maxIterations, options.signal);
    if (!best || result.cohesion > best.cohesion + 1e-9) best = result;
    options.onRestart?.((restart + 1) / restarts);
  }
  return best!;
}
