/**
 * Mean silhouette on the cosine distance, over a sample of the points: how
 * much closer each point is to its own theme than to the nearest other one.
 * Used to let the data choose the number of themes; the pairwise distances
 * of the sample are computed once and shared by every candidate k.
 */

import type { DenseMatrix } from './sparse-matrix.ts';

/** Pairwise cosine distances (1 − dot) of unit-length points, as a full n × n matrix. */
export function cosineDistances(points: DenseMatrix): Float64Array {
  const { rows: n, columns: dim, data } = points;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += data[i * dim + d]! * data[j * dim + d]!;
      out[i * n + j] = 1 - dot;
      out[j * n + i] = 1 - dot;
    }
  }
  return out;
}

/** Mean silhouette of a labelling given the pairwise distances (a point alone in its cluster counts 0). */
export function meanSilhouette(distances: Float64Array, labels: Int32Array, k: number): number {
  const n = labels.length;
  const sizes = new Float64Array(k);
  for (const label of labels) sizes[label]! += 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) sums[labels[j]!]! += distances[i * n + j]!;
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b) || 0;
  }
  return total / n;
}
