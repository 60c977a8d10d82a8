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

/**
 * How far a skipped centre's bound must stand below the point's own cosine: far more than the
 * rounding of a 50-term dot product or of the bounds kept over 100 iterations (both under 1e-13), so a skip never
 * changes a label.
 */
const BOUND_MARGIN = 1e-9;

/**
 * Per point and centre, an upper bound on their cosine (Elkan 2003's bounds, on cosines): after the centres move, a
 * unit point's cosine to a centre grows by at most that centre's shift ‖c′ − c‖. A centre whose bound stays below the
 * point's cosine to its own centre cannot win, so it is not compared. `upper` is rows × k.
 */
interface AssignBounds {
  upper: Float64Array;
}

/**
 * Assigns every point to its centre of highest cosine; answers the total cosine and how many labels changed. For a
 * point with a label (`labels[i] >= 0`) the centres whose bound is below its own cosine are skipped: each is certainly
 * lower than the own centre, so the first centre of highest cosine, and the cosines summed, are those of a full pass
 * (every cosine computed is computed the same way).
 */
function assign(
  points: DenseMatrix,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  bounds: AssignBounds,
): { cohesion: number; changed: number } {
  const { rows, columns: dim, data } = points;
  const { upper } = bounds;
  let cohesion = 0;
  let changed = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * dim;
    const bound = i * k;
    const own = labels[i]!;
    // Without a label nothing is skipped.
    let ownCos = Number.NEGATIVE_INFINITY;
    if (own >= 0) {
      const from = own * dim;
      ownCos = 0;
      for (let d = 0; d < dim; d++) ownCos += data[base + d]! * centres[from + d]!;
      upper[bound + own] = ownCos;
    }
    let best = 0;
    let bestCos = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      let cos: number;
      if (c === own) cos = ownCos;
      else {
        if (upper[bound + c]! + BOUND_MARGIN < ownCos) continue;
        const from = c * dim;
        cos = 0;
        for (let d = 0; d < dim; d++) cos += data[base + d]! * centres[from + d]!;
        upper[bound + c] = cos;
      }
      if (cos > bestCos) {
        bestCos = cos;
        best = c;
      }
    }
    if (own !== best) changed++;
    labels[i] = best;
    cohesion += bestCos;
  }
  return { cohesion, changed };
}

/** Loosens every bound by its centre's shift (‖c′ − c‖, centres unit length). */
function loosenBounds(previous: Float64Array, centres: Float64Array, k: number, dim: number, bounds: AssignBounds): void {
  const shifts = new Float64Array(k);
  let moved = false;
  for (let c = 0; c < k; c++) {
    let squared = 0;
    for (let d = 0; d < dim; d++) squared += (centres[c * dim + d]! - previous[c * dim + d]!) ** 2;
    // A little over the true shift, for the rounding of the square root and of points a hair over unit length.
    shifts[c] = Math.sqrt(squared) * (1 + 1e-12);
    if (squared > 0) moved = true;
  }
  if (!moved) return;
  const { upper } = bounds;
  for (let p = 0; p < upper.length; p += k) for (let c = 0; c < k; c++) upper[p + c]! += shifts[c]!;
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
 * at most one point in 10,000 moves (the rest is rounding-level churn that costs a full pass each time). After the
 * first pass only the points near a boundary are compared with every centre (`assign`'s bounds).
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
  const bounds: AssignBounds = { upper: new Float64Array(points.rows * k) };
  const previous = new Float64Array(centres.length);
  let cohesion = assign(points, centres, k, labels, bounds).cohesion;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    signal?.throwIfAborted();
    previous.set(centres);
    update(points, centres, k, labels);
    loosenBounds(previous, centres, k, points.columns, bounds);
    const step = assign(points, centres, k, labels, bounds);
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
