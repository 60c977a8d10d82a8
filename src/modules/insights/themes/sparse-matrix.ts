/**
 * A sparse matrix in compressed sparse row form, and the two products the
 * truncated SVD needs: A·X and Aᵀ·Y with X and Y dense, row-major blocks of
 * a few dozen columns. Values are 32-bit (half the memory of 200,000
 * sentences' TF-IDF); sums are taken in 64 bits.
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

/** A·X, where X has A.columns rows. */
export function multiply(a: SparseMatrix, x: DenseMatrix): DenseMatrix {
  const width = x.columns;
  const out = new Float64Array(a.rows * width);
  const xs = x.data;
  for (let i = 0; i < a.rows; i++) {
    const base = i * width;
    for (let p = a.rowStarts[i]!; p < a.rowStarts[i + 1]!; p++) {
      const value = a.values[p]!;
      const from = a.columnIndices[p]! * width;
      for (let c = 0; c < width; c++) out[base + c]! += value * xs[from + c]!;
    }
  }
  return { rows: a.rows, columns: width, data: out };
}

/** Aᵀ·Y, where Y has A.rows rows. */
export function multiplyTransposed(a: SparseMatrix, y: DenseMatrix): DenseMatrix {
  const width = y.columns;
  const out = new Float64Array(a.columns * width);
  const ys = y.data;
  for (let i = 0; i < a.rows; i++) {
    const from = i * width;
    for (let p = a.rowStarts[i]!; p < a.rowStarts[i + 1]!; p++) {
      const value = a.values[p]!;
      const to = a.columnIndices[p]! * width;
      for (let c = 0; c < width; c++) out[to + c]! += value * ys[from + c]!;
    }
  }
  return { rows: a.columns, columns: width, data: out };
}

/** Scales every row of a dense matrix to unit length (rows of zeros stay zero). */
export function normaliseRows(m: DenseMatrix): void {
  for (let i = 0; i < m.rows; i++) {
    let sum = 0;
    for (let c = 0; c < m.columns; c++) sum += m.data[i * m.columns + c]! ** 2;
    if (sum === 0) continue;
    const scale = 1 / Math.sqrt(sum);
    for (let c = 0; c < m.columns; c++) m.data[i * m.columns + c]! *= scale;
  }
}
