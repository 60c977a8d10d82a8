/** A group to share seats among: a unit and how many people work there. */
export interface Headcount {
  key: string;
  headcount: number;
}

/**
 * Splits seats in proportion to headcounts by the largest-remainder (Hamilton)
 * method: everyone gets the whole part of their exact share, and the seats
 * left go to the largest remainders (ties to the larger headcount, then the
 * earlier group). The seats always add up, and nobody is more than one seat
 * from their exact share. With no headcount at all, groups count as equal.
 */
export function splitByHeadcount(seats: number, groups: readonly Headcount[]): Map<string, number> {
  const result = new Map<string, number>();
  if (groups.length === 0) return result;
  const total = groups.reduce((sum, group) => sum + Math.max(0, group.headcount), 0);
  const weightOf = (group: Headcount) => (total === 0 ? 1 : Math.max(0, group.headcount));
  const weights = total === 0 ? groups.length : total;
  const shares = groups.map((group, index) => {
    // Integer arithmetic: the remainder is compared as a numerator, never as a rounded float.
    const numerator = seats * weightOf(group);
    return { group, index, whole: Math.floor(numerator / weights), remainder: numerator % weights };
  });
  let left = seats - shares.reduce((sum, share) => sum + share.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.group.headcount - a.group.headcount || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.whole += 1;
    left -= 1;
  }
  for (const share of shares) result.set(share.group.key, share.whole);
  return result;
}
