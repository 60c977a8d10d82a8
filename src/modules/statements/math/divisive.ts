/**
 * Divisive statements: where the opinion groups take opposite sides.
 *
 * Polis publishes no "divisive" list, so this is our definition. A group's
 * stance on a statement is pa − pd (smoothed agree minus smoothed disagree
 * probability, in (−1, 1)); smoothing shrinks the stance of groups that saw
 * a statement only a few times. A statement is divisive when at least one
 * group leans to agree (stance > 0) and another leans to disagree
 * (stance < 0); its divisiveness is half the gap between the two extreme
 * stances, so it lies in [0, 1) and reaches 1 only when one group agrees
 * unanimously and another disagrees unanimously, both with many votes.
 * Unlike a spread of agreement rates, a statement that every group likes to
 * different degrees is never called divisive.
 */

import { type GroupTallies, smoothed } from './statement-stats.ts';
import type { DivisiveStatement } from './types.ts';

/** Statements shown in the divisive list. */
export const DIVISIVE_LIMIT = 5;

/**
 * The most divisive statements, most divisive first (ties: matrix order).
 * `eligible` marks statements that may be listed (not moderated out).
 */
export function divisiveStatements(
  tallies: GroupTallies,
  statementIds: readonly string[],
  eligible: Uint8Array,
  limit = DIVISIVE_LIMIT,
): DivisiveStatement[] {
  const m = tallies.statementCount;
  const found: Array<DivisiveStatement & { index: number }> = [];
  if (tallies.groupCount < 2) return [];
  for (let c = 0; c < m; c++) {
    if (eligible[c] === 0) continue;
    let hi = -1;
    let lo = -1;
    let hiStance = Number.NEGATIVE_INFINITY;
    let loStance = Number.POSITIVE_INFINITY;
    for (let g = 0; g < tallies.groupCount; g++) {
      const seen = tallies.seen[g * m + c] as number;
      const stance = smoothed(tallies.agrees[g * m + c] as number, seen) - smoothed(tallies.disagrees[g * m + c] as number, seen);
      if (stance > hiStance) {
        hiStance = stance;
        hi = g;
      }
      if (stance < loStance) {
        loStance = stance;
        lo = g;
      }
    }
    if (!(hiStance > 0 && loStance < 0)) continue;
    found.push({
      statementId: statementIds[c] as string,
      divisiveness: (hiStance - loStance) / 2,
      mostAgreeingGroup: hi,
      mostAgreeingStance: hiStance,
      mostDisagreeingGroup: lo,
      mostDisagreeingStance: loStance,
      index: c,
    });
  }
  return found
    .sort((a, b) => b.divisiveness - a.divisiveness || a.index - b.index)
    .slice(0, limit)
    .map(({ index: _index, ...rest }) => rest);
}
