/**
 * Truncated SVD of a sparse matrix by randomized subspace iteration (Halko,
 * Martinsson and Tropp 2011), all on the term side: the basis Z of the
 * leading right singular vectors is refined by Z ← orth(AᵀA Z), so the only
 * work proportional to the number of documents is sparse products, never a
 * dense factorisation of a documents × k block. The small Gram matrix of A·Z
 * then gives the singular values and the document coordinates U·Σ (as
 * scikit-learn's TruncatedSVD.transform).
 */

import { deriveSeed, fillGaussian, seededRandom } from './random.ts';
import { type DenseMatrix, multiply, multiplyTransposed, type SparseMatrix } from './sparse-matrix.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** Options for truncatedSvd. */
export interface TruncatedSvdOptions {
  /** Number of components kept. */
  components: number;
  seed: number;
  /** Extra random directions for accuracy (default 10). */
  oversampling?: number;
  /** Subspace iterations (default 4). */
  iterations?: number;
}

/** Document coordinates (rows × components, U·Σ) and the singular values. */
export interface TruncatedSvd {
  coordinates: DenseMatrix;
  singularValues: Float64Array;
}

/** Orthonormalises the rows of a count × length block in place (modified Gram–Schmidt); drops none, zeroes dependent ones. */
function orthonormaliseRows(block: Float64Array, count: number, length: number): void {
  for (let r = 0; r < count; r++) {
    const row = r * length;
    for (let s = 0; s < r; s++) {
      const other = s * length;
      let dot = 0;
      for (let i = 0; i < length; i++) dot += block[row + i]! * block[other + i]!;
      for (let i = 0; i < length; i++) block[row + i]! -= dot * block[other + i]!;
    }
    let norm = 0;
    for (let i = 0; i < length; i++) norm += block[row + i]! ** 2;
    const scale = norm > 1e-300 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < length; i++) block[row + i]! *= scale;
  }
}

function transpose(m: DenseMatrix): DenseMatrix {
  const data = new Float64Array(m.data.length);
  for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.columns; c++) data[c * m.rows + r] = m.data[r * m.columns + c]!;
  return { rows: m.columns, columns: m.rows, data };
}

/** Z·W for Z (width × terms, basis vectors as rows) and W (terms × width): the Gram matrix of A·Zᵀ when W = AᵀA·Zᵀ. */
function gram(basisRows: DenseMatrix, w: DenseMatrix): Float64Array {
  const width = basisRows.rows;
  const terms = basisRows.columns;
  const out = new Float64Array(width * width);
  for (let t = 0; t < terms; t++) {
    for (let r = 0; r < width; r++) {
      const z = basisRows.data[r * terms + t]!;
      if (z === 0) continue;
      for (let c = 0; c < width; c++) out[r * width + c]! += z * w.data[t * width + c]!;
    }
  }
  return out;
}

/** The leading singular triplets' document side of the sparse matrix a. */
export function truncatedSvd(a: SparseMatrix, options: TruncatedSvdOptions): TruncatedSvd {
  const components = Math.max(1, Math.min(options.components, a.rows, a.columns));
  const width = Math.min(components + (options.oversampling ?? 10), a.columns, a.rows);
  const basis: DenseMatrix = { rows: width, columns: a.columns, data: new Float64Array(width * a.columns) };
  fillGaussian(basis.data, seededRandom(deriveSeed(options.seed, 1)));
  orthonormaliseRows(basis.data, width, a.columns);
  for (let iteration = 0; iteration < (options.iterations ?? 4); iteration++) {
    const refined = transpose(multiplyTransposed(a, multiply(a, transpose(basis))));
    basis.data = refined.data;
    orthonormaliseRows(basis.data, width, a.columns);
  }
  const basisColumns = transpose(basis);
  const eigen = symmetricEigen(gram(basis, multiplyTransposed(a, multiply(a, basisColumns))), width);
  // Right singular vectors in term space: Zᵀ·E, first `components` columns; then U·Σ = A·(Zᵀ·E).
  const directions = new Float64Array(a.columns * components);
  for (let t = 0; t < a.columns; t++) {
    for (let r = 0; r < width; r++) {
      const z = basisColumns.data[t * width + r]!;
      if (z === 0) continue;
      for (let c = 0; c < components; c++) directions[t * components + c]! += z * eigen.vectors[r * width + c]!;
    }
  }
  const coordinates = multiply(a, { rows: a.columns, columns: components, data: directions });
  const singularValues = Float64Array.from(eigen.values.subarray(0, components), (value) => Math.sqrt(Math.max(0, value)));
  return { coordinates, singularValues };
}
