import type { GroupStatementStats, OpinionGroupsSnapshot } from '../math/types.ts';

/** Agree and disagree shares of some voters on a statement. */
export interface Shares {
  agree: number;
  disagree: number;
  voted: number;
}

const EMPTY: Shares = { agree: 0, disagree: 0, voted: 0 };

function toShares(agrees: number, disagrees: number, seen: number): Shares {
  return seen > 0 ? { agree: agrees / seen, disagree: disagrees / seen, voted: seen } : EMPTY;
}

/** The statistics of the snapshot by group id, then by statement number. */
export function statsByGroup(snapshot: OpinionGroupsSnapshot): Map<number, Map<string, GroupStatementStats>> {
  return new Map(snapshot.repness.map((entry) => [entry.groupId, new Map(entry.stats.map((stat) => [stat.statementId, stat]))]));
}

/** How a group, and everyone grouped outside it, voted on a statement (raw shares, not smoothed). */
export function groupAndRest(
  stats: Map<number, Map<string, GroupStatementStats>>,
  groupId: number,
  statementId: string,
): { group: Shares; rest: Shares } {
  let restAgrees = 0;
  let restDisagrees = 0;
  let restSeen = 0;
  let group = EMPTY;
  for (const [id, byStatement] of stats) {
    const stat = byStatement.get(statementId);
    if (!stat) continue;
    if (id === groupId) {
      group = toShares(stat.agrees, stat.disagrees, stat.seen);
    } else {
      restAgrees += stat.agrees;
      restDisagrees += stat.disagrees;
      restSeen += stat.seen;
    }
  }
  return { group, rest: toShares(restAgrees, restDisagrees, restSeen) };
}
