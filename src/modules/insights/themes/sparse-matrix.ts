/**
 * A sparse matrix in compressed sparse row form, and the two products the
 * truncated SVD needs: A·X and Aᵀ·Y with X and Y dense, row-major blocks of
 * a few dozen columns. Values are 32-bit (half the memory of 200,000
 * sentences' TF-IDF); the blocks the products read may be 32-bit too (half
 * the memory traffic, which is what bounds these loops); sums are taken in
 * 64 bits.
 */

/** A rows × columns matrix in CSR form: row i's entries are at rowStarts[i] … rowStarts[i+1]-1. */
export interface SparseMatrix {
  rows: number;
  columns: number;
  rowStarts: Int32Array;
  columnIndices: Int32Array;
  values: Float32Array;
}

/** A dense row-major matrix. */
export interface DenseMatrix {
  rows: number;
  columns: number;
  data: Float64Array;
}

/** A dense row-major 32-bit block, as the products read it. */
export interface FloatBlock {
  rows: number;
  columns: number;
  data: Float32Array;
}

/**
 * A·X, where X has A.columns rows. Each output row is summed four columns at a time in 64-bit locals (registers rather
 * than a buffer in memory: twice as fast, measured) over the row's entries in order, so every sum is added in the same
 * order as one column at a time and the result is the same to the bit; `into` chooses the output's precision. X is
 * always 32-bit: one element type keeps the inner loop monomorphic (a loop V8 has seen with two array types runs
 * several times slower).
 */
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float64'): DenseMatrix;
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float32'): FloatBlock;
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float64' | 'float32'): DenseMatrix | FloatBlock {
  const width = x.columns;
  const out = into === 'float32' ? new Float32Array(a.rows * width) : new Float64Array(a.rows * width);
  const xs = x.data;
  const { rowStarts, columnIndices, values } = a;
  const blocked = width - (width % 4);
  for (let i = 0; i < a.rows; i++) {
    const start = rowStarts[i]!;
    const end = rowStarts[i + 1]!;
    const to = i * width;
    for (let c = 0; c < blocked; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let p = start; p < end; p++) {
        const value = values[p]!;
        const from = columnIndices[p]! * width + c;
        s0 += value * xs[from]!;
        s1 += value * xs[from + 1]!;
        s2 += value * xs[from + 2]!;
        s3 += value * xs[from + 3]!;
      }
      out[to + c] = s0;
      out[to + c + 1] = s1;
      out[to + c + 2] = s2;
      out[to + c + 3] = s3;
    }
    for (let c = blocked; c < width; c++) {
      let s = 0;
      for (let p = start; p < end; p++) s += values[p]! * xs[columnIndices[p]! * width + c]!;
      out[to + c] = s;
    }
  }
  return into === 'float32'
    ? { rows: a.rows, columns: width, data: out as Float32Array }
    : { rows: a.rows, columns: width, data: out as Float64Array };
}

/**
 * Aᵀ·Y, where Y (32-bit) has A.rows rows; the output is 64-bit. Each entry of A adds its row of Y to a row of the
 * output, four columns a step (fewer loop checks; every output element still sums its terms in row order).
 */
export function multiplyTransposed(a: SparseMatrix, y: FloatBlock): DenseMatrix {
  const width = y.columns;
  const out = new Float64Array(a.columns * width);
  const ys = y.data;
  const { rowStarts, columnIndices, values } = a;
  const blocked = width - (width % 4);
  for (let i = 0; i < a.rows; i++) {
    const from = i * width;
    const end = rowStarts[i + 1]!;
    for (let p = rowStarts[i]!; p < end; p++) {
      const value = values[p]!;
      const to = columnIndices[p]! * width;
      let c = 0;
      for (; c < blocked; c += 4) {
        out[to + c]! += value * ys[from + c]!;
        out[to + c + 1]! += value * ys[from + c + 1]!;
        out[to + c + 2]! += value * ys[from + c + 2]!;
        out[to + c + 3]! += value * ys[from + c + 3]!;
      }
      for (; c < width; c++) out[to + c]! += value * ys[from + c]!;
    }
  }
  return { rows: a.columns, columns: width, data: out };
}

/** Scales every row of a dense matrix to unit length (rows of zeros stay zero). */
export function normaliseRows(m: DenseMatrix): void {
  const { rows, columns, data } = m;
  for (let i = 0; i < rows; i++) {
    const base = i * columns;
    let sum = 0;
    for (let c = 0; c < columns; c++) sum += data[base + c]! * data[base + c]!;
    if (sum === 0) continue;
    const scale = 1 / Math.sqrt(sum);
    for (let c = 0; c < columns; c++) data[base + c]! *= scale;
  }
}
