/**
 * Group names (ids, shown as letters and colours) that hold between
 * recomputations.
 *
 * A recomputation numbers its groups afresh, so without this a participant
 * who was in A could find herself in B a minute later with nothing changed
 * for her. Each new group is matched to a group of the previous snapshot by
 * shared members: the assignment of new to previous groups with the most
 * shared members in total (at most five groups a side, so every assignment
 * is tried). A new group keeps its match's id when the match is clear: most
 * of its members who were grouped before were in that group. Any other new
 * group takes the lowest id that neither this snapshot nor the previous one
 * uses (then the lowest this snapshot does not use), so a vanished group's
 * letter is not handed at once to a different group.
 */

/** A group of the previous snapshot. */
export interface PreviousGroup {
  id: number;
  members: readonly string[];
}

/** The best assignment (new index → previous index or -1) by total overlap; ties: the first found. */
function bestAssignment(overlap: number[][], previousCount: number): number[] {
  const k = overlap.length;
  let best: number[] = new Array(k).fill(-1);
  let bestTotal = -1;
  const current: number[] = new Array(k).fill(-1);
  const used = new Array(previousCount).fill(false);
  const visit = (i: number, total: number) => {
    if (i === k) {
      if (total > bestTotal) {
        bestTotal = total;
        best = [...current];
      }
      return;
    }
    for (let j = 0; j < previousCount; j++) {
      if (used[j]) continue;
      used[j] = true;
      current[i] = j;
      visit(i + 1, total + (overlap[i]?.[j] ?? 0));
      used[j] = false;
    }
    current[i] = -1;
    visit(i + 1, total);
  };
  visit(0, 0);
  return best;
}

/** The id each new group (given by its members, in order) takes, following the previous snapshot's groups. */
export function followGroupIds(groups: ReadonlyArray<readonly string[]>, previous: readonly PreviousGroup[]): number[] {
  if (previous.length === 0) return groups.map((_, g) => g);
  const previousOf = new Map<string, number>();
  previous.forEach((group, j) => {
    for (const member of group.members) previousOf.set(member, j);
  });
  const overlap = groups.map((members) => {
    const row = new Array(previous.length).fill(0);
    for (const member of members) {
      const j = previousOf.get(member);
      if (j !== undefined) row[j]++;
    }
    return row as number[];
  });
  const assignment = bestAssignment(overlap, previous.length);
  const ids = groups.map((_, g) => {
    const j = assignment[g] as number;
    if (j < 0) return -1;
    const row = overlap[g] as number[];
    const before = row.reduce((a, b) => a + b, 0);
    return 2 * (row[j] as number) > before ? (previous[j] as PreviousGroup).id : -1;
  });
  const taken = new Set(ids.filter((id) => id >= 0));
  const previousIds = new Set(previous.map((group) => group.id));
  return ids.map((id) => {
    if (id >= 0) return id;
    let next = 0;
    while (taken.has(next) || previousIds.has(next)) next++;
    if (next >= Math.max(5, groups.length)) {
      next = 0;
      while (taken.has(next)) next++;
    }
    taken.add(next);
    return next;
  });
}
