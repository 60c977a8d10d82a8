/**
 * Mean silhouette coefficient, with optional point weights.
 *
 * Opinion groups are clustered from base-cluster centres, each standing for
 * several participants. Giving a point weight w makes it count as w
 * participants at the same spot, so the score is the participant-level
 * silhouette of that arrangement; with no weights it is the usual one.
 */

/**
 * Mean silhouette of `labels` (0..k-1) on `points` (n × dim). Points in a
 * cluster of total weight 1 score 0, as in the standard definition.
 */
export function silhouette(points: Float64Array, dim: number, labels: Int32Array, k: number, weights?: Float64Array): number {
  const n = labels.length;
  const weight = (i: number): number => (weights ? (weights[i] as number) : 1);
  const clusterWeight = new Float64Array(k);
  for (let i = 0; i < n; i++) clusterWeight[labels[i] as number] = (clusterWeight[labels[i] as number] as number) + weight(i);
  const distanceSum = new Float64Array(k);
  let total = 0;
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    distanceSum.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let s = 0;
      for (let d = 0; d < dim; d++) {
        const diff = (points[i * dim + d] as number) - (points[j * dim + d] as number);
        s += diff * diff;
      }
      const l = labels[j] as number;
      distanceSum[l] = (distanceSum[l] as number) + weight(j) * Math.sqrt(s);
    }
    const own = labels[i] as number;
    const w = weight(i);
    totalWeight += w;
    const ownWeight = clusterWeight[own] as number;
    // The other w-1 participants at this very point are at distance 0.
    if (ownWeight - 1 <= 0) continue;
    const a = (distanceSum[own] as number) / (ownWeight - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let l = 0; l < k; l++) {
      if (l === own || !((clusterWeight[l] as number) > 0)) continue;
      b = Math.min(b, (distanceSum[l] as number) / (clusterWeight[l] as number));
    }
    if (!Number.isFinite(b)) continue;
    const denominator = Math.max(a, b);
    if (denominator > 0) total += (w * (b - a)) / denominator;
  }
  return totalWeight > 0 ? total / totalWeight : 0;
}
