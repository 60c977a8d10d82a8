/**
 * Two-level clustering of map positions into opinion groups.
 *
 * First up to 100 base clusters compress the participants (so the second
 * step and its silhouette, which is quadratic, stay small); then the base
 * centres, weighted by their member counts, are clustered into 2..5 groups
 * and the number of groups with the best silhouette wins.
 */

import { deriveSeed } from '../../../platform/random/seeded-random.ts';
import { bestKMeans } from './kmeans.ts';
import { silhouette } from './silhouette.ts';

/** Options of clusterOpinions. */
export interface OpinionClusteringOptions {
  seed: number;
  /** Number of base clusters (Polis: 100). */
  baseClusters?: number;
  /** Largest number of groups considered (Polis: 5). */
  maxGroups?: number;
  /** k-means restarts per number of groups (the step is cheap, so several are affordable). */
  groupRestarts?: number;
}

/** Base clusters and the groups made of them. */
export interface OpinionClustering {
  /** Base cluster of each point. */
  baseOfPoint: Int32Array;
  baseCount: number;
  /** baseCount × 2 centres and member counts. */
  baseCenters: Float64Array;
  baseSizes: Float64Array;
  /** Group of each base cluster. */
  groupOfBase: Int32Array;
  groupCount: number;
  /** groupCount × 2 weighted centres. */
  groupCenters: Float64Array;
  silhouettes: Array<{ k: number; silhouette: number }>;
}

const SEED_BASE = 1;
const SEED_GROUPS = 2;

/** Largest number of groups tried for this many base clusters (Polis's rule). */
export function maxGroupCount(baseCount: number, maxGroups = 5): number {
  return Math.min(maxGroups, 2 + Math.floor(baseCount / 12), baseCount);
}

/** Orders clusters by decreasing weight, then by their first member, and relabels `labels` to match. */
function canonicalOrder(labels: Int32Array, k: number, weights: Float64Array): Int32Array {
  const first = new Int32Array(k).fill(labels.length);
  for (let i = labels.length - 1; i >= 0; i--) first[labels[i] as number] = i;
  const order = Array.from({ length: k }, (_, j) => j).sort(
    (a, b) => (weights[b] as number) - (weights[a] as number) || (first[a] as number) - (first[b] as number),
  );
  const rank = new Int32Array(k);
  order.forEach((j, r) => {
    rank[j] = r;
  });
  return rank;
}

/** Clusters 2-D points (x, y interleaved) into base clusters and opinion groups. */
export function clusterOpinions(points: Float64Array, options: OpinionClusteringOptions): OpinionClustering {
  const n = points.length / 2;
  const base = bestKMeans(points, 2, Math.min(options.baseClusters ?? 100, n), {
    seed: deriveSeed(options.seed, SEED_BASE),
    restarts: 1,
  });
  // Base clusters numbered by first member, so ids do not depend on k-means internals.
  const baseRank = (() => {
    const first = new Int32Array(base.k).fill(n);
    for (let i = n - 1; i >= 0; i--) first[base.labels[i] as number] = i;
    const order = Array.from({ length: base.k }, (_, j) => j).sort((a, b) => (first[a] as number) - (first[b] as number));
    const rank = new Int32Array(base.k);
    order.forEach((j, r) => {
      rank[j] = r;
    });
    return rank;
  })();
  const baseOfPoint = base.labels.map((l) => baseRank[l] as number);
  const baseCenters = new Float64Array(base.k * 2);
  const baseSizes = new Float64Array(base.k);
  for (let j = 0; j < base.k; j++) {
    const r = baseRank[j] as number;
    baseCenters[2 * r] = base.centers[2 * j] as number;
    baseCenters[2 * r + 1] = base.centers[2 * j + 1] as number;
    baseSizes[r] = base.weights[j] as number;
  }

  const silhouettes: Array<{ k: number; silhouette: number }> = [];
  let bestLabels: Int32Array = new Int32Array(base.k);
  let bestK = Math.min(base.k, 1);
  let bestScore = Number.NEGATIVE_INFINITY;
  const kMax = maxGroupCount(base.k, options.maxGroups ?? 5);
  for (let k = 2; k <= kMax; k++) {
    const groups = bestKMeans(baseCenters, 2, k, {
      seed: deriveSeed(options.seed, SEED_GROUPS * 1000 + k),
      restarts: options.groupRestarts ?? 10,
      weights: baseSizes,
    });
    if (groups.k < 2) continue;
    const score = silhouette(baseCenters, 2, groups.labels, groups.k, baseSizes);
    silhouettes.push({ k: groups.k, silhouette: score });
    // Strictly better only: on a tie the smaller number of groups stays.
    if (score > bestScore + 1e-12) {
      bestScore = score;
      bestK = groups.k;
      bestLabels = groups.labels;
    }
  }

  const groupWeights = new Float64Array(bestK);
  for (let j = 0; j < base.k; j++)
    groupWeights[bestLabels[j] as number] = (groupWeights[bestLabels[j] as number] as number) + (baseSizes[j] as number);
  const groupRank = canonicalOrder(bestLabels, bestK, groupWeights);
  const groupOfBase = bestLabels.map((l) => groupRank[l] as number);
  const groupCenters = new Float64Array(bestK * 2);
  const groupMass = new Float64Array(bestK);
  for (let j = 0; j < base.k; j++) {
    const g = groupOfBase[j] as number;
    const w = baseSizes[j] as number;
    groupMass[g] = (groupMass[g] as number) + w;
    groupCenters[2 * g] = (groupCenters[2 * g] as number) + w * (baseCenters[2 * j] as number);
    groupCenters[2 * g + 1] = (groupCenters[2 * g + 1] as number) + w * (baseCenters[2 * j + 1] as number);
  }
  for (let g = 0; g < bestK; g++) {
    groupCenters[2 * g] = (groupCenters[2 * g] as number) / (groupMass[g] as number);
    groupCenters[2 * g + 1] = (groupCenters[2 * g + 1] as number) / (groupMass[g] as number);
  }
  return {
    baseOfPoint,
    baseCount: base.k,
    baseCenters,
    baseSizes,
    groupOfBase,
    groupCount: bestK,
    groupCenters,
    silhouettes,
  };
}
