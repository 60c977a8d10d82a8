/**
 * Weighted k-means (Lloyd's algorithm) with seeded k-means++ initialisation.
 *
 * Points are a flat Float64Array (dim numbers per point) so that the base
 * clustering of tens of thousands of participants allocates nothing per
 * point. Iterations are capped, and every tie (equal distances, equal
 * inertia) is broken by index, so a seed fully determines the result.
 */

import { deriveSeed, seededRandom as mulberry32, type Random } from '../../../platform/random/seeded-random.ts';

/** Clusters found; empty clusters are dropped, so k may be below the k asked for. */
export interface KMeansResult {
  k: number;
  /** k × dim centres. */
  centers: Float64Array;
  /** Cluster of each point. */
  labels: Int32Array;
  /** Total weight of each cluster. */
  weights: Float64Array;
  /** Weighted sum of squared distances to the assigned centres. */
  inertia: number;
  iterations: number;
}

/** Options for kmeans. */
export interface KMeansOptions {
  random: Random;
  /** Weight of each point (default 1): a weighted point acts as that many copies. */
  weights?: Float64Array;
  /** Cap on Lloyd iterations (default 300). */
  maxIterations?: number;
  /**
   * Stop once the squared centre shift of an iteration is below this
   * fraction of the data's mean variance (default 1e-4, as scikit-learn).
   */
  tolerance?: number;
  /**
   * Start from these centres (k × dim; a warm start from an earlier run)
   * instead of k-means++; `random` is then unused.
   */
  initialCenters?: Float64Array;
}

function squaredDistance(points: Float64Array, i: number, centers: Float64Array, j: number, dim: number): number {
  let s = 0;
  for (let d = 0; d < dim; d++) {
    const diff = (points[i * dim + d] as number) - (centers[j * dim + d] as number);
    s += diff * diff;
  }
  return s;
}

/** Draws an index with probability proportional to `mass` (total `total`). */
function draw(mass: Float64Array, total: number, random: Random): number {
  let target = random() * total;
  let last = -1;
  for (let i = 0; i < mass.length; i++) {
    const m = mass[i] as number;
    if (m <= 0) continue;
    last = i;
    target -= m;
    if (target < 0) return i;
  }
  return last;
}

/** k-means++ seeding: each new centre drawn with probability ∝ weight × squared distance. */
function seedCenters(points: Float64Array, dim: number, k: number, weight: (i: number) => number, random: Random): Float64Array {
  const n = points.length / dim;
  const mass = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    mass[i] = weight(i);
    total += mass[i] as number;
  }
  const chosen: number[] = [draw(mass, total, random)];
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1] as number;
    total = 0;
    for (let i = 0; i < n; i++) {
      const d = squaredDistance(points, i, points, last, dim);
      if (d < (nearest[i] as number)) nearest[i] = d;
      mass[i] = weight(i) * (nearest[i] as number);
      total += mass[i] as number;
    }
    // Fewer distinct points than k: every point already is a centre.
    if (!(total > 0)) break;
    chosen.push(draw(mass, total, random));
  }
  const centers = new Float64Array(chosen.length * dim);
  chosen.forEach((p, j) => {
    for (let d = 0; d < dim; d++) centers[j * dim + d] = points[p * dim + d] as number;
  });
  return centers;
}

/** Weighted mean over dimensions of the per-dimension variance. */
function meanVariance(points: Float64Array, dim: number, weight: Float64Array): number {
  const n = weight.length;
  let sum = 0;
  for (let d = 0; d < dim; d++) {
    let w = 0;
    let mean = 0;
    for (let i = 0; i < n; i++) {
      w += weight[i] as number;
      mean += (weight[i] as number) * (points[i * dim + d] as number);
    }
    if (!(w > 0)) return 0;
    mean /= w;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (weight[i] as number) * ((points[i * dim + d] as number) - mean) ** 2;
    sum += variance / w;
  }
  return dim > 0 ? sum / dim : 0;
}

/**
 * Lloyd iterations with Hamerly's bounds: each point keeps an upper bound on
 * the distance to its centre and a lower bound on the distance to any other,
 * and is only re-scanned when the bounds no longer prove its label. The
 * labels are those of plain Lloyd, at a fraction of the distance work.
 * Returns the number of iterations; `centers` and `labels` are updated.
 */
function lloyd(
  points: Float64Array,
  dim: number,
  weight: Float64Array,
  centers: Float64Array,
  labels: Int32Array,
  maxIterations: number,
  tolerance: number,
): number {
  const n = weight.length;
  const k = centers.length / dim;
  const upper = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const lower = new Float64Array(n);
  const halfGap = new Float64Array(k);
  const moved = new Float64Array(k);
  const sums = new Float64Array(k * dim);
  const mass = new Float64Array(k);
  let iterations = 0;
  let settled = false;
  for (; iterations < maxIterations; iterations++) {
    // Half the distance from each centre to its nearest other centre.
    for (let j = 0; j < k; j++) {
      let nearest = Number.POSITIVE_INFINITY;
      for (let h = 0; h < k; h++) if (h !== j) nearest = Math.min(nearest, squaredDistance(centers, j, centers, h, dim));
      halfGap[j] = Math.sqrt(nearest) / 2;
    }
    let changed = false;
    for (let i = 0; i < n; i++) {
      const a = labels[i] as number;
      if (a >= 0) {
        const bound = Math.max(halfGap[a] as number, lower[i] as number);
        if ((upper[i] as number) <= bound) continue;
        upper[i] = Math.sqrt(squaredDistance(points, i, centers, a, dim));
        if ((upper[i] as number) <= bound) continue;
      }
      let best = 0;
      let first = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        const d = squaredDistance(points, i, centers, j, dim);
        if (d < first) {
          second = first;
          first = d;
          best = j;
        } else if (d < second) {
          second = d;
        }
      }
      upper[i] = Math.sqrt(first);
      lower[i] = Math.sqrt(second);
      if (best !== a) {
        labels[i] = best;
        changed = true;
      }
    }
    // After the centres settled, the pass above only made labels match them.
    if (!changed || settled) break;
    sums.fill(0);
    mass.fill(0);
    for (let i = 0; i < n; i++) {
      const j = labels[i] as number;
      const w = weight[i] as number;
      mass[j] = (mass[j] as number) + w;
      for (let d = 0; d < dim; d++) sums[j * dim + d] = (sums[j * dim + d] as number) + w * (points[i * dim + d] as number);
    }
    let shift = 0;
    let farthest = 0;
    let farthestJ = -1;
    let runnerUp = 0;
    for (let j = 0; j < k; j++) {
      let s = 0;
      // An emptied cluster keeps its old centre; it is dropped at the end if still empty.
      if ((mass[j] as number) > 0) {
        for (let d = 0; d < dim; d++) {
          const updated = (sums[j * dim + d] as number) / (mass[j] as number);
          s += (updated - (centers[j * dim + d] as number)) ** 2;
          centers[j * dim + d] = updated;
        }
      }
      shift += s;
      moved[j] = Math.sqrt(s);
      if ((moved[j] as number) > farthest) {
        runnerUp = farthest;
        farthest = moved[j] as number;
        farthestJ = j;
      } else if ((moved[j] as number) > runnerUp) {
        runnerUp = moved[j] as number;
      }
    }
    for (let i = 0; i < n; i++) {
      const a = labels[i] as number;
      upper[i] = (upper[i] as number) + (moved[a] as number);
      lower[i] = (lower[i] as number) - (a === farthestJ ? runnerUp : farthest);
    }
    settled = shift <= tolerance;
  }
  return iterations;
}

/** Clusters `points` (n × dim) into at most k clusters. */
export function kmeans(points: Float64Array, dim: number, k: number, options: KMeansOptions): KMeansResult {
  const n = points.length / dim;
  const weight = options.weights ?? new Float64Array(n).fill(1);
  if (n === 0 || k <= 0) {
    return { k: 0, centers: new Float64Array(0), labels: new Int32Array(n), weights: new Float64Array(0), inertia: 0, iterations: 0 };
  }
  const tolerance = (options.tolerance ?? 1e-4) * meanVariance(points, dim, weight);
  let centers = options.initialCenters
    ? Float64Array.from(options.initialCenters)
    : seedCenters(points, dim, Math.min(k, n), (i) => weight[i] as number, options.random);
  let kk = centers.length / dim;
  const labels = new Int32Array(n).fill(-1);
  const iterations = lloyd(points, dim, weight, centers, labels, options.maxIterations ?? 300, tolerance);
  const mass = new Float64Array(kk);
  const weightOf = (i: number): number => weight[i] as number;

  // Drop empty clusters, keep the others in order, and recompute exact centres.
  for (let i = 0; i < n; i++) mass[labels[i] as number] = (mass[labels[i] as number] as number) + weightOf(i);
  const remap = new Int32Array(kk).fill(-1);
  let next = 0;
  for (let j = 0; j < kk; j++) if ((mass[j] as number) > 0) remap[j] = next++;
  for (let i = 0; i < n; i++) labels[i] = remap[labels[i] as number] as number;
  kk = next;
  centers = new Float64Array(kk * dim);
  const clusterWeights = new Float64Array(kk);
  for (let i = 0; i < n; i++) {
    const j = labels[i] as number;
    const w = weightOf(i);
    clusterWeights[j] = (clusterWeights[j] as number) + w;
    for (let d = 0; d < dim; d++) centers[j * dim + d] = (centers[j * dim + d] as number) + w * (points[i * dim + d] as number);
  }
  for (let j = 0; j < kk; j++)
    for (let d = 0; d < dim; d++) centers[j * dim + d] = (centers[j * dim + d] as number) / (clusterWeights[j] as number);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += weightOf(i) * squaredDistance(points, i, centers, labels[i] as number, dim);
  return { k: kk, centers, labels, weights: clusterWeights, inertia, iterations };
}

/** Runs kmeans from `restarts` seeds derived from `seed` and keeps the lowest inertia (first on ties). */
export function bestKMeans(
  points: Float64Array,
  dim: number,
  k: number,
  options: { seed: number; restarts: number; weights?: Float64Array; maxIterations?: number },
): KMeansResult {
  let best: KMeansResult | undefined;
  for (let run = 0; run < Math.max(1, options.restarts); run++) {
    const result = kmeans(points, dim, k, {
      random: mulberry32(deriveSeed(options.seed, run)),
      ...(options.weights ? { weights: options.weights } : {}),
      ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
    });
    if (!best || result.inertia < best.inertia - 1e-12 * Math.max(1, best.inertia)) best = result;
  }
  return best as KMeansResult;
}
