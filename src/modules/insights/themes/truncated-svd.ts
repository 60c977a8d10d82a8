/**
 * Truncated SVD of a sparse matrix by randomized subspace iteration (Halko,
 * Martinsson and Tropp 2011), all on the term side: the basis Z (terms ×
 * width, orthonormal columns) of the leading right singular vectors is
 * refined by Z ← orth(Aᵀ(A Z)), so the only work proportional to the number
 * of documents is two sparse products per iteration, never a dense
 * factorisation of a documents × width block. The last Y = A Z then gives,
 * through the small Gram matrix YᵀY, the singular values and the document
 * coordinates U·Σ = Y·E (as scikit-learn's TruncatedSVD.transform).
 *
 * Speed: the blocks the sparse products read are 32-bit (what bounds those
 * loops is memory traffic), every sum is 64-bit, and a basis is made
 * orthonormal through its width × width Gram matrix (Z ← Z·V·Λ^-½) rather
 * than column by column, so every pass over Z is sequential.
 */

import { deriveSeed, fillGaussian, seededRandom } from '../../../platform/random/seeded-random.ts';
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
  /** Called after each iteration with the share of the work done (0…1). */
  onProgress?: (fraction: number) => void;
  /** Checked between iterations. */
  signal?: AbortSignal;
}

/** Document coordinates (rows × components, U·Σ) and the singular values. */
export interface TruncatedSvd {
  coordinates: DenseMatrix;
  singularValues: Float64Array;
}

/** MᵀM of a rows × width row-major block (width × width, symmetric). */
function gramOf(data: Float64Array | Float32Array, rows: number, width: number): Float64Array {
  const gram = new Float64Array(width * width);
  for (let t = 0; t < rows; t++) {
    const base = t * width;
    for (let r = 0; r < width; r++) {
      const z = data[base + r]!;
      if (z === 0) continue;
      const to = r * width;
      for (let c = r; c < width; c++) gram[to + c]! += z * data[base + c]!;
    }
  }
  for (let r = 0; r < width; r++) for (let c = 0; c < r; c++) gram[r * width + c] = gram[c * width + r]!;
  return gram;
}

/**
 * M·T for M (rows × width) and T (width × columns), row by row, four output columns at a time in 64-bit locals (each
 * still summed over M's row in order, zeros skipped, so the result is the same to the bit as one column at a time).
 */
function times(data: Float64Array, rows: number, width: number, transform: Float64Array, columns: number): Float64Array {
  const out = new Float64Array(rows * columns);
  const blocked = columns - (columns % 4);
  for (let t = 0; t < rows; t++) {
    const base = t * width;
    const to = t * columns;
    for (let c = 0; c < blocked; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let r = 0; r < width; r++) {
        const z = data[base + r]!;
        if (z === 0) continue;
        const from = r * columns + c;
        s0 += z * transform[from]!;
        s1 += z * transform[from + 1]!;
        s2 += z * transform[from + 2]!;
        s3 += z * transform[from + 3]!;
      }
      out[to + c] = s0;
      out[to + c + 1] = s1;
      out[to + c + 2] = s2;
      out[to + c + 3] = s3;
    }
    for (let c = blocked; c < columns; c++) {
      let s = 0;
      for (let r = 0; r < width; r++) {
        const z = data[base + r]!;
        if (z !== 0) s += z * transform[r * columns + c]!;
      }
      out[to + c] = s;
    }
  }
  return out;
}

/**
 * Orthonormal columns spanning those of the rows × width block: Z·V·Λ^-½ from the Gram matrix's eigenpairs; a second
 * pass only when the block was close to dependent (what rounding leaves grows with the spread of Λ). Directions with no
 * length of their own (dependent columns) become zero.
 */
function orthonormaliseColumns(data: Float64Array, rows: number, width: number): Float64Array {
  let block = data;
  for (let pass = 0; pass < 2; pass++) {
    const eigen = symmetricEigen(gramOf(block, rows, width), width);
    const largest = Math.max(eigen.values[0]!, 0);
    const transform = new Float64Array(width * width);
    let smallest = Number.POSITIVE_INFINITY;
    for (let c = 0; c < width; c++) {
      const value = eigen.values[c]!;
      if (!(value > 1e-12 * largest) || value <= 1e-300) continue;
      smallest = Math.min(smallest, value);
      const scale = 1 / Math.sqrt(value);
      for (let r = 0; r < width; r++) transform[r * width + c] = eigen.vectors[r * width + c]! * scale;
    }
    block = times(block, rows, width, transform, width);
    if (smallest > 1e-6 * largest) break;
  }
  return block;
}

/** The rows × columns CSR matrix's transpose, in CSR form. */
function transposeSparse(a: SparseMatrix): SparseMatrix {
  const rowStarts = new Int32Array(a.columns + 1);
  for (let p = 0; p < a.rowStarts[a.rows]!; p++) rowStarts[a.columnIndices[p]! + 1]! += 1;
  for (let c = 0; c < a.columns; c++) rowStarts[c + 1]! += rowStarts[c]!;
  const next = rowStarts.slice(0, a.columns);
  const columnIndices = new Int32Array(a.columnIndices.length);
  const values = new Float32Array(a.values.length);
  for (let i = 0; i < a.rows; i++) {
    for (let p = a.rowStarts[i]!; p < a.rowStarts[i + 1]!; p++) {
      const to = next[a.columnIndices[p]!]!++;
      columnIndices[to] = i;
      values[to] = a.values[p]!;
    }
  }
  return { rows: a.columns, columns: a.rows, rowStarts, columnIndices, values };
}

/**
 * Subspace iteration on the column side of a: an orthonormal basis Z (columns × width) of the leading right singular
 * vectors, Y = A·Z, and the eigenpairs of YᵀY (the squared singular values, and E with Z·E the right vectors).
 */
function subspace(a: SparseMatrix, width: number, options: TruncatedSvdOptions) {
  const iterations = options.iterations ?? 4;
  const gaussian = new Float64Array(a.columns * width);
  fillGaussian(gaussian, seededRandom(deriveSeed(options.seed, 1)));
  let basis = orthonormaliseColumns(gaussian, a.columns, width);
  const products = 2 * iterations + 1;
  for (let iteration = 0; iteration < iterations; iteration++) {
    options.signal?.throwIfAborted();
    const y = multiply(a, { rows: a.columns, columns: width, data: Float32Array.from(basis) }, 'float32');
    basis = orthonormaliseColumns(multiplyTransposed(a, y).data, a.columns, width);
    options.onProgress?.((2 * iteration + 2) / products);
  }
  options.signal?.throwIfAborted();
  // Rayleigh–Ritz: Y = A·Z; YᵀY = Zᵀ AᵀA Z = E Σ² Eᵀ.
  const y = multiply(a, { rows: a.columns, columns: width, data: Float32Array.from(basis) }, 'float64');
  return { basis, y: y.data, eigen: symmetricEigen(gramOf(y.data, a.rows, width), width) };
}

/**
 * The leading singular triplets' document side of the sparse matrix a. The iteration runs on the smaller side: the
 * terms when there are more documents (a large corpus), else the documents (a few thousand sentences with tens of
 * thousands of n-grams), so the dense work on the basis stays small either way.
 */
export function truncatedSvd(a: SparseMatrix, options: TruncatedSvdOptions): TruncatedSvd {
  const components = Math.max(1, Math.min(options.components, a.rows, a.columns));
  const width = Math.min(components + (options.oversampling ?? 10), a.columns, a.rows);
  const termSide = a.rows >= a.columns;
  const { basis, y, eigen } = subspace(termSide ? a : transposeSparse(a), width, options);
  const singularValues = Float64Array.from(eigen.values.subarray(0, components), (value) => Math.sqrt(Math.max(0, value)));
  // Term side: U·Σ = A·Z·E = Y·E. Document side (Z spans the left vectors of A): U·Σ = Z·E·Σ.
  const leading = new Float64Array(width * components);
  for (let r = 0; r < width; r++) {
    for (let c = 0; c < components; c++) leading[r * components + c] = eigen.vectors[r * width + c]! * (termSide ? 1 : singularValues[c]!);
  }
  const data = termSide ? times(y, a.rows, width, leading, components) : times(basis, a.rows, width, leading, components);
  options.onProgress?.(1);
  return { coordinates: { rows: a.rows, columns: components, data }, singularValues };
}
