/**
 * Representative quotes by maximal marginal relevance (Carbonell and
 * Goldstein 1998): each next quote is the sentence closest to the theme's
 * centre after a penalty for its likeness to the quotes already chosen, so
 * the quotes show the theme's centre and its breadth rather than five
 * rewordings of one sentence. A second quote from the same contribution is
 * taken only when no other contribution is left.
 */

import type { DenseMatrix } from './sparse-matrix.ts';

/** Options for chooseQuotes. */
export interface QuoteOptions {
  /** At most this many quotes (default 5). */
  count?: number;
  /** Weight of centrality against novelty (default 0.7). */
  lambda?: number;
}

function dot(points: DenseMatrix, i: number, vector: Float64Array, offset: number): number {
  const { columns, data } = points;
  const base = i * columns;
  let s = 0;
  for (let d = 0; d < columns; d++) s += data[base + d]! * vector[offset + d]!;
  return s;
}

/** Indices of the chosen quotes among `members` (indices into points), most representative first. */
export function chooseQuotes(
  points: DenseMatrix,
  members: readonly number[],
  centre: Float64Array,
  sources: readonly string[],
  options: QuoteOptions = {},
): number[] {
  const count = Math.min(options.count ?? 5, members.length);
  const lambda = options.lambda ?? 0.7;
  const size = members.length;
  const relevance = new Float64Array(size);
  for (let m = 0; m < size; m++) relevance[m] = dot(points, members[m]!, centre, 0);
  const similarity = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const taken = new Uint8Array(size);
  const repeats = new Uint8Array(size);
  const chosen: number[] = [];
  while (chosen.length < count) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestRepeats = 1;
    for (let m = 0; m < size; m++) {
      if (taken[m]) continue;
      const novelty = chosen.length === 0 ? 0 : similarity[m]!;
      const score = lambda * relevance[m]! - (1 - lambda) * novelty;
      const repeated = repeats[m]!;
      if ((bestRepeats && !repeated) || (repeated === bestRepeats && score > bestScore)) {
        best = m;
        bestScore = score;
        bestRepeats = repeated;
      }
    }
    const pick = members[best]!;
    taken[best] = 1;
    chosen.push(pick);
    const source = sources[pick]!;
    const offset = pick * points.columns;
    for (let m = 0; m < size; m++) {
      const i = members[m]!;
      if (sources[i] === source) repeats[m] = 1;
      const likeness = dot(points, i, points.data, offset);
      if (likeness > similarity[m]!) similarity[m] = likeness;
    }
  }
  return chosen;
}
