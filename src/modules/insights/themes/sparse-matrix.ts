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
 * A·X, where X has A.columns rows. Each output row is summed in a 64-bit buffer and written once; `into` chooses the
 * output's precision. X is always 32-bit: one element type keeps the inner loop monomorphic (a loop V8 has seen with two
 * array types runs several times slower).
 */
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float64'): DenseMatrix;
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float32'): FloatBlock;
export function multiply(a: SparseMatrix, x: FloatBlock, into: 'float64' | 'float32'): DenseMatrix | FloatBlock {
  const width = x.columns;
  const out = into === 'float32' ? new Float32Array(a.rows * width) : new Float64Array(a.rows * width);
  const sum = new Float64Array(width);
  const xs = x.data;
  const { rowStarts, columnIndices, values } = a;
  for (let i = 0; i < a.rows; i++) {
    sum.fill(0);
    const end = rowStarts[i + 1]!;
    for (let p = rowStarts[i]!; p < end; p++) {
      const value = values[p]!;
      const from = columnIndices[p]! * width;
      for (let c = 0; c < width; c++) sum[c]! += value * xs[from + c]!;
    }
    out.set(sum, i * width);
  }
  return into === 'float32'
    ? { rows: a.rows, columns: width, data: out as Float32Array }
    : { rows: a.rows, columns: width, data: out as Float64Array };
}

/** Aᵀ·Y, where Y (32-bit) has A.rows rows; the output is 64-bit. */
export function multiplyTransposed(a: SparseMatrix, y: FloatBlock): DenseMatrix {
  const width = y.columns;
  const out = new Float64Array(a.columns * width);
  const ys = y.data;
  const { rowStarts, columnIndices, values } = a;
  for (let i = 0; i < a.rows; i++) {
    const from = i * width;
    const end = rowStarts[i + 1]!;
    for (let p = rowStarts[i]!; p < end; p++) {
      const value = values[p]!;
      const to = columnIndices[p]! * width;
      for (let c = 0; c < width; c++) out[to + c]! += value * ys[from + c]!;
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
