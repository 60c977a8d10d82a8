/**
 * Lets the data choose the number of themes within the analyst's limits,
 * on a seeded sample of the sentences' unit vectors (the LSA space).
 *
 * The default is the gap statistic (Tibshirani, Walther and Hastie 2001):
 * for each k, the log of the within-theme dispersion (Σ 1 − cos to the
 * theme's centre) is compared with its mean over reference sets that have
 * the same values in every dimension but no grouping (each dimension's
 * values shuffled across the points, rows made unit length again); the
 * smallest k whose gap is at least the next k's gap less its standard
 * error wins. Any clustering's dispersion falls as k grows, so a criterion
 * that reads it alone (or the mean silhouette, which on short texts in
 * 50 dimensions rises with k up to any limit) picks the largest k allowed;
 * the gap only grows while the themes explain more than the same number
 * of groups would in data with no themes, and stops where they do not.
 *
 * 'silhouette' (the best mean cosine silhouette) and 'stability'
 * (agreement of two halves' clusterings) are there to compare.
 */

import { deriveSeed, sampleIndices, seededRandom } from '../../../platform/random/seeded-random.ts';
import { adjustedRandIndex } from './clustering-agreement.ts';
import { cosineDistances, meanSilhouette } from './silhouette.ts';
import { type DenseMatrix, normaliseRows } from './sparse-matrix.ts';
import { refineClusters, sphericalKMeans } from './spherical-kmeans.ts';

/** How the number of themes is chosen. */
export type ThemeCountCriterion = 'gap' | 'silhouette' | 'stability';

/** Options for chooseThemeCount. */
export interface ThemeCountOptions {
  minThemes: number;
  maxThemes: number;
  seed: number;
  /** Points in the sample (default 1,500). */
  sampleSize?: number;
  /** k-means starts per candidate (default 3). */
  restarts?: number;
  /** 'silhouette' (default) or 'stability': agreement of clusterings of two halves of the sample. */
  criterion?: ThemeCountCriterion;
  /** Reference sets for the gap statistic (default 5). */
  references?: number;
  /** Called after each candidate with the share done. */
  onProgress?: (fraction: number) => void;
  /** Checked between candidates. */
  signal?: AbortSignal;
}

/** The chosen k and each candidate's silhouette (or stability) and, with the gap criterion, its gap and standard error. */
export interface ThemeCountChoice {
  k: number;
  silhouettes: { k: number; silhouette: number }[];
  gaps: { k: number; gap: number; error: number }[];
}

/** Rows of a dense matrix picked by index. */
export function pickRows(points: DenseMatrix, indices: Int32Array): DenseMatrix {
  const data = new Float64Array(indices.length * points.columns);
  indices.forEach((row, i) => {
    data.set(points.data.subarray(row * points.columns, (row + 1) * points.columns), i * points.columns);
  });
  return { rows: indices.length, columns: points.columns, data };
}

/** Labels of every sample point by the nearest centre of a clustering of some of them. */
function clusterPart(sample: DenseMatrix, part: Int32Array, k: number, seed: number): Int32Array {
  const clusters = sphericalKMeans(pickRows(sample, part), { k, seed, restarts: 3 });
  return refineClusters(sample, Float64Array.from(clusters.centres), k, 0).labels;
}

/** Mean ARI between clusterings of two disjoint halves of the sample, each extended to the whole sample. */
export function stabilityOf(sample: DenseMatrix, k: number, seed: number, repeats = 3): number {
  let total = 0;
  for (let r = 0; r < repeats; r++) {
    const order = sampleIndices(sample.rows, sample.rows, seededRandom(deriveSeed(seed, 300 + r)));
    const shuffled = Int32Array.from(order);
    const random = seededRandom(deriveSeed(seed, 400 + r));
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const half = Math.floor(shuffled.length / 2);
    const first = clusterPart(sample, shuffled.slice(0, half).sort(), k, deriveSeed(seed, 500 + r));
    const second = clusterPart(sample, shuffled.slice(half).sort(), k, deriveSeed(seed, 600 + r));
    total += adjustedRandIndex(first, second);
  }
  return total / repeats;
}

/** A reference set with no grouping: each column's values shuffled across the rows, rows made unit length again. */
export function shuffledColumns(points: DenseMatrix, seed: number): DenseMatrix {
  const { rows, columns } = points;
  const data = new Float64Array(rows * columns);
  const random = seededRandom(seed);
  const order = new Int32Array(rows);
  for (let c = 0; c < columns; c++) {
    for (let i = 0; i < rows; i++) order[i] = i;
    for (let i = rows - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (let i = 0; i < rows; i++) data[i * columns + c] = points.data[order[i]! * columns + c]!;
  }
  const shuffled = { rows, columns, data };
  normaliseRows(shuffled);
  return shuffled;
}

/**
 * log Σ (1 − cos to the centre) of the best of a few k-means starts. The references get the same effort as the sample
 * itself (measured: with one start and fewer iterations their dispersion is overstated more the larger k is, which
 * pushes the choice up).
 */
function logDispersion(points: DenseMatrix, k: number, seed: number, restarts: number, signal?: AbortSignal) {
  const clusters = sphericalKMeans(points, { k, seed, restarts, signal });
  return { log: Math.log(Math.max(points.rows - clusters.cohesion, 1e-12)), labels: clusters.labels };
}

/** Chooses the number of themes for the unit-length points. */
export function chooseThemeCount(points: DenseMatrix, options: ThemeCountOptions): ThemeCountChoice {
  const sample = pickRows(points, sampleIndices(points.rows, options.sampleSize ?? 1500, seededRandom(deriveSeed(options.seed, 101))));
  const highest = Math.min(options.maxThemes, sample.rows - 1);
  const lowest = Math.min(Math.max(2, options.minThemes), highest);
  if (highest < 2) return { k: Math.max(1, Math.min(options.minThemes, points.rows)), silhouettes: [], gaps: [] };
  const criterion = options.criterion ?? 'gap';
  const restarts = options.restarts ?? 3;
  const distances = cosineDistances(sample);
  const references =
    criterion === 'gap'
      ? Array.from({ length: options.references ?? 5 }, (_, b) => shuffledColumns(sample, deriveSeed(options.seed, 900 + b)))
      : [];
  const silhouettes: { k: number; silhouette: number }[] = [];
  const gaps: { k: number; gap: number; error: number }[] = [];
  let best = { k: lowest, silhouette: Number.NEGATIVE_INFINITY };
  for (let k = lowest; k <= highest; k++) {
    options.signal?.throwIfAborted();
    const seed = deriveSeed(options.seed, 200 + k);
    let silhouette: number;
    if (criterion === 'stability') silhouette = stabilityOf(sample, k, seed);
    else {
      const own = logDispersion(sample, k, seed, restarts, options.signal);
      silhouette = meanSilhouette(distances, own.labels, k);
      if (criterion === 'gap') {
        const logs = references.map((reference, b) => logDispersion(reference, k, deriveSeed(seed, 700 + b), restarts, options.signal).log);
        const mean = logs.reduce((sum, value) => sum + value, 0) / logs.length;
        const spread = Math.sqrt(logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / logs.length);
        gaps.push({ k, gap: mean - own.log, error: spread * Math.sqrt(1 + 1 / logs.length) });
      }
    }
    silhouettes.push({ k, silhouette });
    options.onProgress?.((k - lowest + 1) / (highest - lowest + 1));
    if (silhouette > best.silhouette + 1e-12) best = { k, silhouette };
  }
  if (criterion !== 'gap') return { k: best.k, silhouettes, gaps };
  // The smallest k whose gap is within one standard error of the next k's (Tibshirani et al.'s rule); else the largest.
  const chosen = gaps.find((entry, i) => i + 1 < gaps.length && entry.gap >= gaps[i + 1]!.gap - gaps[i + 1]!.error);
  return { k: chosen?.k ?? highest, silhouettes, gaps };
}
