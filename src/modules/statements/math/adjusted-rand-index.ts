/**
 * Adjusted Rand index between two labellings of the same items.
 *
 * Group numbers are arbitrary (our group 0 may be Polis's group 1), so
 * agreement between clusterings is measured on pairs of items: 1 means the
 * same partition, about 0 what chance would give, negative worse than chance.
 */

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/** ARI of two equally long label arrays (labels compared with ===). */
export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) throw new RangeError('labellings differ in length');
  const n = a.length;
  const rowSums = new Map<string | number, number>();
  const colSums = new Map<string | number, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    rowSums.set(x, (rowSums.get(x) ?? 0) + 1);
    colSums.set(y, (colSums.get(y) ?? 0) + 1);
    // JSON keeps 1 and "1" apart, which a plain template string would not.
    const key = JSON.stringify([x, y]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sumA = 0;
  for (const c of rowSums.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of colSums.values()) sumB += pairs(c);
  const expected = n < 2 ? 0 : (sumA * sumB) / pairs(n);
  const maximum = (sumA + sumB) / 2;
  // Zero spread happens only for identical trivial partitions (one cluster,
  // or all singletons, on both sides): a perfect match.
  if (maximum - expected === 0) return 1;
  return (index - expected) / (maximum - expected);
}
