/**
 * Lets the data choose the number of themes within the analyst's limits:
 * each candidate k clusters a seeded sample of the sentences, and the k of
 * highest mean cosine silhouette wins (ties to the smaller k, the simpler
 * reading). The sample's pairwise distances are computed once for all k.
 */

import { adjustedRandIndex } from './clustering-agreement.ts';
import { deriveSeed, sampleIndices, seededRandom } from './random.ts';
import { cosineDistances, meanSilhouette } from './silhouette.ts';
import type { DenseMatrix } from './sparse-matrix.ts';
import { refineClusters, sphericalKMeans } from './spherical-kmeans.ts';

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
  criterion?: 'silhouette' | 'stability';
}

/** The chosen k and each candidate's silhouette. */
export interface ThemeCountChoice {
  k: number;
  silhouettes: { k: number; silhouette: number }[];
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

/** Chooses the number of themes for the unit-length points. */
export function chooseThemeCount(points: DenseMatrix, options: ThemeCountOptions): ThemeCountChoice {
  const sample = pickRows(points, sampleIndices(points.rows, options.sampleSize ?? 1500, seededRandom(deriveSeed(options.seed, 101))));
  const highest = Math.min(options.maxThemes, sample.rows - 1);
  const lowest = Math.min(Math.max(2, options.minThemes), highest);
  if (highest < 2) return { k: Math.max(1, Math.min(options.minThemes, points.rows)), silhouettes: [] };
  const distances = cosineDistances(sample);
  const silhouettes: { k: number; silhouette: number }[] = [];
  let best = { k: lowest, silhouette: Number.NEGATIVE_INFINITY };
  for (let k = lowest; k <= highest; k++) {
    const silhouette =
      options.criterion === 'stability'
        ? stabilityOf(sample, k, deriveSeed(options.seed, 200 + k))
        : meanSilhouette(
            distances,
            sphericalKMeans(sample, { k, seed: deriveSeed(options.seed, 200 + k), restarts: options.restarts ?? 3 }).labels,
            k,
          );
    silhouettes.push({ k, silhouette });
    if (silhouette > best.silhouette + 1e-12) best = { k, silhouette };
  }
  return { k: best.k, silhouettes };
}
