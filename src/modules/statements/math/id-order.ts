/**
 * Total order on participant and statement ids.
 *
 * Ids are opaque strings, but many are numbers ("2" should come before
 * "10"), and the order decides row/column order and tie-breaks, so it must
 * not depend on locale data: plain integers first by value, then the rest
 * by UTF-16 code units.
 */

const CANONICAL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

/** Compares two ids: canonical integers numerically before all other strings. */
export function compareIds(a: string, b: string): number {
  const aIsInt = CANONICAL_INTEGER.test(a);
  const bIsInt = CANONICAL_INTEGER.test(b);
  if (aIsInt && bIsInt) return Number(a) - Number(b);
  if (aIsInt) return -1;
  if (bIsInt) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts ids with compareIds, classifying each id once instead of per comparison. */
export function sortIds(ids: readonly string[]): string[] {
  const numeric = ids.map((id) => (CANONICAL_INTEGER.test(id) ? Number(id) : Number.NaN));
  const order = ids.map((_, i) => i);
  order.sort((a, b) => {
    const x = numeric[a] as number;
    const y = numeric[b] as number;
    const xInt = !Number.isNaN(x);
    const yInt = !Number.isNaN(y);
    if (xInt && yInt) return x - y;
    if (xInt !== yInt) return xInt ? -1 : 1;
    const s = ids[a] as string;
    const t = ids[b] as string;
    return s < t ? -1 : s > t ? 1 : 0;
  });
  return order.map((i) => ids[i] as string);
}
