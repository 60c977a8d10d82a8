/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi
 * rotations: slow for large matrices but exact to rounding and simple, and
 * the truncated SVD only needs it for a (k + oversampling)² Gram matrix.
 */

/** Eigenpairs in descending order of eigenvalue; vectors[r * size + c] is component r of eigenvector c. */
export interface Eigen {
  values: Float64Array;
  vectors: Float64Array;
}

function rotate(a: Float64Array, v: Float64Array, size: number, p: number, q: number): void {
  const apq = a[p * size + q]!;
  const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < size; k++) {
    const akp = a[k * size + p]!;
    const akq = a[k * size + q]!;
    a[k * size + p] = c * akp - s * akq;
    a[k * size + q] = s * akp + c * akq;
  }
  for (let k = 0; k < size; k++) {
    const apk = a[p * size + k]!;
    const aqk = a[q * size + k]!;
    a[p * size + k] = c * apk - s * aqk;
    a[q * size + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < size; k++) {
    const vkp = v[k * size + p]!;
    const vkq = v[k * size + q]!;
    v[k * size + p] = c * vkp - s * vkq;
    v[k * size + q] = s * vkp + c * vkq;
  }
}

function offDiagonal(a: Float64Array, size: number): number {
  let sum = 0;
  for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) sum += a[p * size + q]! ** 2;
  return sum;
}

/** Decomposes the symmetric size × size matrix (row-major; left untouched). */
export function symmetricEigen(matrix: Float64Array, size: number): Eigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  let scale = 0;
  for (let i = 0; i < size * size; i++) scale += a[i]! ** 2;
  for (let sweep = 0; sweep < 60 && offDiagonal(a, size) > 1e-30 * scale; sweep++) {
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) if (a[p * size + q] !== 0) rotate(a, v, size, p, q);
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((x, y) => a[y * size + y]! - a[x * size + x]! || x - y);
  const values = Float64Array.from(order, (i) => a[i * size + i]!);
  const vectors = new Float64Array(size * size);
  order.forEach((from, to) => {
    for (let r = 0; r < size; r++) vectors[r * size + to] = v[r * size + from]!;
  });
  return { values, vectors };
}
