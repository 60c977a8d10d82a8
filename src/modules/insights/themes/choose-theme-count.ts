/**
 * Lets the data choose the number of themes within the analyst's limits:
 * each candidate k clusters a seeded sample of the sentences, and the k of
 * highest mean cosine silhouette wins (ties to the smaller k, the simpler
 * reading). The sample's pairwise distances are computed once for all k.
 */

import { deriveSeed, sampleIndices, seededRandom } from './random.ts';
import { cosineDistances, meanSilhouette } from './silhouette.ts';
import type { DenseMatrix } from './sparse-matrix.ts';
import { sphericalKMeans } from './spherical-kmeans.ts';

/** Options for chooseThemeCount. */
export interface ThemeCountOptions {
  minThemes: number;
  maxThemes: number;
  seed: number;
  /** Points in the sample (default 1,500). */
  sampleSize?: number;
  /** k-means starts per candidate (default 3). */
  restarts?: number;
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
    const clusters = sphericalKMeans(sample, { k, seed: deriveSeed(options.seed, 200 + k), restarts: options.restarts ?? 3 });
    const silhouette = meanSilhouette(distances, clusters.labels, k);
    silhouettes.push({ k, silhouette });
    if (silhouette > best.silhouette + 1e-12) best = { k, silhouette };
  }
  return { k: best.k, silhouettes };
}
