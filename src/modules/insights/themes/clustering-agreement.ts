/**
 * Normalised mutual information between two labellings (arithmetic-mean
 * normalisation, as scikit-learn's normalized_mutual_info_score): how far
 * found themes agree with human categories, or one run with another.
 */

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const count of counts) if (count > 0) h -= (count / n) * Math.log(count / n);
  return h;
}

/** Renumbers labels 0, 1, 2 … in order of first appearance. */
function codes(labels: ArrayLike<number | string>): { codes: Int32Array; count: number } {
  const index = new Map<number | string, number>();
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let code = index.get(labels[i]!);
    if (code === undefined) {
      code = index.size;
      index.set(labels[i]!, code);
    }
    out[i] = code;
  }
  return { codes: out, count: index.size };
}

/** NMI of two equally long labellings (1 = the same partition, 0 = independent). */
export function normalisedMutualInformation(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length !== b.length) throw new Error('labellings differ in length');
  const n = a.length;
  if (n === 0) return 1;
  const x = codes(a);
  const y = codes(b);
  const joint = new Float64Array(x.count * y.count);
  const rowTotals = new Float64Array(x.count);
  const columnTotals = new Float64Array(y.count);
  for (let i = 0; i < n; i++) {
    joint[x.codes[i]! * y.count + y.codes[i]!]! += 1;
    rowTotals[x.codes[i]!]! += 1;
    columnTotals[y.codes[i]!]! += 1;
  }
  const ha = entropy(rowTotals, n);
  const hb = entropy(columnTotals, n);
  if (ha === 0 && hb === 0) return 1;
  if (ha === 0 || hb === 0) return 0;
  let mutual = 0;
  for (let r = 0; r < x.count; r++) {
    for (let c = 0; c < y.count; c++) {
      const count = joint[r * y.count + c]!;
      if (count > 0) mutual += (count / n) * Math.log((count * n) / (rowTotals[r]! * columnTotals[c]!));
    }
  }
  return Math.max(0, mutual / ((ha + hb) / 2));
}

/** Adjusted Rand index of two equally long labellings (1 = the same partition, about 0 = chance agreement). */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length !== b.length) throw new Error('labellings differ in length');
  const n = a.length;
  const x = codes(a);
  const y = codes(b);
  const joint = new Float64Array(x.count * y.count);
  const rowTotals = new Float64Array(x.count);
  const columnTotals = new Float64Array(y.count);
  for (let i = 0; i < n; i++) {
    joint[x.codes[i]! * y.count + y.codes[i]!]! += 1;
    rowTotals[x.codes[i]!]! += 1;
    columnTotals[y.codes[i]!]! += 1;
  }
  const pairs = (m: number) => (m * (m - 1)) / 2;
  const together = joint.reduce((sum, count) => sum + pairs(count), 0);
  const rows = rowTotals.reduce((sum, count) => sum + pairs(count), 0);
  const columns = columnTotals.reduce((sum, count) => sum + pairs(count), 0);
  const expected = (rows * columns) / pairs(n || 1);
  const maximum = (rows + columns) / 2;
  return maximum === expected ? 1 : (together - expected) / (maximum - expected);
}
