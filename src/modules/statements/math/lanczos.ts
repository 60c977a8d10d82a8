/**
 * Leading eigenpairs of a symmetric positive semi-definite operator by the
 * Lanczos method with full re-orthogonalisation.
 *
 * PCA needs only two eigenvectors of the statements' covariance; Lanczos
 * finds them with a few dozen operator applications (each one pass over the
 * sparse votes) instead of forming and decomposing the covariance matrix.
 * Full re-orthogonalisation costs little at these sizes and avoids the
 * ghost eigenvalues plain Lanczos produces in floating point.
 */

import { seededRandom as mulberry32 } from '../../../platform/random/seeded-random.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** Applies the operator: out = M x (out is zeroed by the caller's contract: overwrite it). */
export type SymmetricOperator = (x: Float64Array, out: Float64Array) => void;

/** Eigenvalues (descending) and unit eigenvectors; missing ones (rank too low) are zero. */
export interface Eigenpairs {
  values: Float64Array;
  vectors: Float64Array[];
}

/** Options for topEigenpairs. */
export interface LanczosOptions {
  /** Residual target relative to the largest eigenvalue. */
  tolerance?: number;
  /** Cap on Krylov dimension. */
  maxSteps?: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + alpha * (x[i] as number);
}

/** Makes the entry of largest magnitude positive, so the sign does not depend on arithmetic noise. */
export function fixSign(v: Float64Array): void {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i] as number) > Math.abs(v[best] as number) + 1e-12) best = i;
  if ((v[best] ?? 0) < 0) for (let i = 0; i < v.length; i++) v[i] = -(v[i] as number);
}

/** The `count` largest eigenpairs of the dim×dim operator. Deterministic (fixed start vector). */
export function topEigenpairs(apply: SymmetricOperator, dim: number, count: number, options: LanczosOptions = {}): Eigenpairs {
  const tolerance = options.tolerance ?? 1e-11;
  const maxSteps = Math.min(dim, options.maxSteps ?? 500);
  const values = new Float64Array(count);
  const vectors = Array.from({ length: count }, () => new Float64Array(dim));
  if (dim === 0) return { values, vectors };

  // A fixed pseudo-random start has weight on every eigenvector, which a
  // constant vector may not (it is orthogonal to contrasts by symmetry).
  const random = mulberry32(0x5eed);
  const q0 = new Float64Array(dim);
  for (let i = 0; i < dim; i++) q0[i] = random() - 0.5;
  const n0 = Math.sqrt(dot(q0, q0));
  for (let i = 0; i < dim; i++) q0[i] = (q0[i] as number) / n0;

  const basis: Float64Array[] = [q0];
  const alpha: number[] = [];
  const beta: number[] = [];
  const w = new Float64Array(dim);
  let ritz: { values: Float64Array; vectors: Float64Array; size: number } = {
    values: new Float64Array(0),
    vectors: new Float64Array(0),
    size: 0,
  };

  for (let j = 0; j < maxSteps; j++) {
    const q = basis[j] as Float64Array;
    apply(q, w);
    const a = dot(q, w);
    alpha.push(a);
    axpy(-a, q, w);
    if (j > 0) axpy(-(beta[j - 1] as number), basis[j - 1] as Float64Array, w);
    for (let pass = 0; pass < 2; pass++) for (const b of basis) axpy(-dot(b, w), b, w);
    const b = Math.sqrt(dot(w, w));
    beta.push(b);

    const size = j + 1;
    const scale = Math.max(...alpha.map(Math.abs), ...beta.map(Math.abs), Number.MIN_VALUE);
    const exhausted = b <= 1e-13 * scale || size === maxSteps;
    if (exhausted || (size >= count && (size % 4 === 0 || size < 8))) {
      const t = new Float64Array(size * size);
      for (let i = 0; i < size; i++) {
        t[i * size + i] = alpha[i] as number;
        if (i + 1 < size) {
          t[i * size + i + 1] = beta[i] as number;
          t[(i + 1) * size + i] = beta[i] as number;
        }
      }
      const eig = symmetricEigen(t, size);
      ritz = { values: eig.values, vectors: eig.vectors, size };
      const top = Math.max(Math.abs(eig.values[0] ?? 0), Number.MIN_VALUE);
      let converged = true;
      for (let k = 0; k < Math.min(count, size); k++) {
        // Residual of Ritz pair k is |beta_j * last component of its vector|.
        if (Math.abs(b * (eig.vectors[(size - 1) * size + k] as number)) > tolerance * top) converged = false;
      }
      if (exhausted || converged) break;
    }
    const next = new Float64Array(dim);
    for (let i = 0; i < dim; i++) next[i] = (w[i] as number) / b;
    basis.push(next);
  }

  const largest = Math.max(ritz.values[0] ?? 0, 0);
  for (let k = 0; k < Math.min(count, ritz.size); k++) {
    const value = ritz.values[k] as number;
    // Eigenvalues at rounding level mean the operator has lower rank: no direction.
    if (!(value > 1e-10 * largest)) continue;
    values[k] = value;
    const v = vectors[k] as Float64Array;
    for (let i = 0; i < ritz.size; i++) axpy(ritz.vectors[i * ritz.size + k] as number, basis[i] as Float64Array, v);
    const norm = Math.sqrt(dot(v, v));
    for (let i = 0; i < dim; i++) v[i] = (v[i] as number) / norm;
    fixSign(v);
  }
  return { values, vectors };
}
