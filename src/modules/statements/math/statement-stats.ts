/**
 * Vote tallies per group and statement, and Polis's proportion tests.
 *
 * Every probability uses add-one smoothing (Laplace), so a statement seen by
 * two people cannot look like a landslide; the z-tests are the small-sample
 * corrected ones Polis publishes.
 */

import type { GroupStatementStats } from './types.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/** Agree/disagree/seen counts, groupCount × statements, row-major by group. */
export interface GroupTallies {
  groupCount: number;
  statementCount: number;
  agrees: Int32Array;
  disagrees: Int32Array;
  seen: Int32Array;
}

/** Counts of one population on every statement. */
export interface Tally {
  agrees: Int32Array;
  disagrees: Int32Array;
  seen: Int32Array;
}

/** Tallies the votes of each group's members; rows with group -1 are skipped. */
export function tallyGroups(matrix: VoteMatrix, groupOfRow: Int32Array, groupCount: number): GroupTallies {
  const m = matrix.statementIds.length;
  const agrees = new Int32Array(groupCount * m);
  const disagrees = new Int32Array(groupCount * m);
  const seen = new Int32Array(groupCount * m);
  for (let r = 0; r < matrix.participantIds.length; r++) {
    const g = groupOfRow[r] as number;
    if (g < 0) continue;
    const end = matrix.rowStart[r + 1] as number;
    for (let k = matrix.rowStart[r] as number; k < end; k++) {
      const i = g * m + (matrix.columns[k] as number);
      const v = matrix.values[k] as number;
      seen[i] = (seen[i] as number) + 1;
      if (v === 1) agrees[i] = (agrees[i] as number) + 1;
      else if (v === -1) disagrees[i] = (disagrees[i] as number) + 1;
    }
  }
  return { groupCount, statementCount: m, agrees, disagrees, seen };
}

/** Tallies every voter (clustered or not), as Polis does for consensus. */
export function tallyEveryone(matrix: VoteMatrix): Tally {
  const all = tallyGroups(matrix, new Int32Array(matrix.participantIds.length), 1);
  return { agrees: all.agrees, disagrees: all.disagrees, seen: all.seen };
}

/** One-proportion z-test of (successes+1)/(trials+1) against one half. */
export function proportionTest(successes: number, trials: number): number {
  return 2 * Math.sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5);
}

/** Two-proportion z-test, with one pseudo-count added to each count; 0 when undefined. */
export function twoProportionTest(successes1: number, trials1: number, successes2: number, trials2: number): number {
  const s1 = successes1 + 1;
  const n1 = trials1 + 1;
  const s2 = successes2 + 1;
  const n2 = trials2 + 1;
  const pooled = (s1 + s2) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread > 0 ? (s1 / n1 - s2 / n2) / spread : 0;
}

/** Smoothed probability (count+1)/(seen+2). */
export function smoothed(count: number, seen: number): number {
  return (count + 1) / (seen + 2);
}

/**
 * Statistics of group g on statement c against everyone else in a group.
 * The side a statement represents is the one with the larger two-proportion
 * test, which is how Polis labels "repful-for".
 */
export function groupStatementStats(t: GroupTallies, g: number, c: number, statementId: string): GroupStatementStats {
  const m = t.statementCount;
  let restAgrees = 0;
  let restDisagrees = 0;
  let restSeen = 0;
  for (let h = 0; h < t.groupCount; h++) {
    if (h === g) continue;
    restAgrees += t.agrees[h * m + c] as number;
    restDisagrees += t.disagrees[h * m + c] as number;
    restSeen += t.seen[h * m + c] as number;
  }
  const agrees = t.agrees[g * m + c] as number;
  const disagrees = t.disagrees[g * m + c] as number;
  const seen = t.seen[g * m + c] as number;
  const pa = smoothed(agrees, seen);
  const pd = smoothed(disagrees, seen);
  const rat = twoProportionTest(agrees, seen, restAgrees, restSeen);
  const rdt = twoProportionTest(disagrees, seen, restDisagrees, restSeen);
  return {
    statementId,
    agrees,
    disagrees,
    seen,
    pa,
    pd,
    pat: proportionTest(agrees, seen),
    pdt: proportionTest(disagrees, seen),
    ra: pa / smoothed(restAgrees, restSeen),
    rd: pd / smoothed(restDisagrees, restSeen),
    rat,
    rdt,
    repfulFor: rat > rdt ? 'agree' : 'disagree',
  };
}
