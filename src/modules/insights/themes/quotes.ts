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
  let s = 0;
  for (let d = 0; d < points.columns; d++) s += points.data[i * points.columns + d]! * vector[offset + d]!;
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
  const relevance = members.map((i) => dot(points, i, centre, 0));
  const similarity = new Float64Array(members.length).fill(Number.NEGATIVE_INFINITY);
  const chosen: number[] = [];
  const usedSources = new Set<string>();
  while (chosen.length < count) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestRepeats = true;
    members.forEach((i, m) => {
      if (chosen.includes(i)) return;
      const repeats = usedSources.has(sources[i]!);
      const novelty = chosen.length === 0 ? 0 : similarity[m]!;
      const score = lambda * relevance[m]! - (1 - lambda) * novelty;
      if ((bestRepeats && !repeats) || (repeats === bestRepeats && score > bestScore)) {
        best = m;
        bestScore = score;
        bestRepeats = repeats;
      }
    });
    const pick = members[best]!;
    chosen.push(pick);
    usedSources.add(sources[pick]!);
    const offset = pick * points.columns;
    members.forEach((i, m) => {
      similarity[m] = Math.max(similarity[m]!, dot(points, i, points.data, offset));
    });
  }
  return chosen;
}
