/**
 * Two-component PCA of the vote matrix and the participants' map positions.
 *
 * Missing votes are filled with the statement's mean vote. After centring,
 * a filled cell is exactly zero, so the centred matrix has the same sparsity
 * as the votes: the covariance operator is applied straight from the sparse
 * cells and the dense imputed matrix is never built.
 */

import { topEigenpairs } from './lanczos.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/** Centre, two unit components (zero where undefined) and their eigenvalues. */
export interface PcaResult {
  center: Float64Array;
  components: [Float64Array, Float64Array];
  eigenvalues: [number, number];
  /** Centred value of every matrix cell, kept for the projection. */
  centred: Float64Array;
}

/** Mean vote per statement over everyone who voted on it; 0 for moderated-out statements. */
export function columnMeans(matrix: VoteMatrix): Float64Array {
  const m = matrix.statementIds.length;
  const sum = new Float64Array(m);
  const count = new Int32Array(m);
  for (let cell = 0; cell < matrix.columns.length; cell++) {
    const c = matrix.columns[cell] as number;
    sum[c] = (sum[c] as number) + (matrix.values[cell] as number);
    count[c] = (count[c] as number) + 1;
  }
  const mean = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    // Moderated-out statements are zeroed for everyone, so their mean is 0.
    if (matrix.moderatedOut[c] === 0 && (count[c] as number) > 0) mean[c] = (sum[c] as number) / (count[c] as number);
  }
  return mean;
}

/** Centred value of every cell (vote minus column mean; 0 on moderated-out statements). */
export function centeredCells(matrix: VoteMatrix, center: Float64Array): Float64Array {
  const out = new Float64Array(matrix.columns.length);
  for (let cell = 0; cell < out.length; cell++) {
    const c = matrix.columns[cell] as number;
    out[cell] = matrix.moderatedOut[c] === 1 ? 0 : (matrix.values[cell] as number) - (center[c] as number);
  }
  return out;
}

/**
 * PCA over all voters (not only the clustered ones), as Polis does. Columns
 * that are zero after centring (moderated out, or everyone voted alike) are
 * left out of the eigen-problem, so their loadings are exactly 0 rather than
 * rounding noise. `tolerance`: the Lanczos residual relative to the largest
 * eigenvalue (default 1e-11, what every published map uses).
 */
export function pcaOfVotes(matrix: VoteMatrix, options: { tolerance?: number } = {}): PcaResult {
  const n = matrix.participantIds.length;
  const m = matrix.statementIds.length;
  const center = columnMeans(matrix);
  const cells = centeredCells(matrix, center);
  const { rowStart } = matrix;
  const compactOf = new Int32Array(m).fill(-1);
  const active: number[] = [];
  for (let k = 0; k < cells.length; k++) {
    const c = matrix.columns[k] as number;
    if (cells[k] !== 0 && compactOf[c] === -1) compactOf[c] = 0;
  }
  for (let c = 0; c < m; c++) if (compactOf[c] === 0) compactOf[c] = active.push(c) - 1;
  // A zero cell may point anywhere harmlessly; column 0 keeps indices valid.
  // When no column dropped out, the matrix's own column indices serve.
  let cellColumn = matrix.columns;
  if (active.length < m) {
    cellColumn = new Int32Array(cells.length);
    for (let k = 0; k < cells.length; k++) cellColumn[k] = Math.max(compactOf[matrix.columns[k] as number] as number, 0);
  }
  const rowScores = new Float64Array(n);
  // out = Aᵀ(A x): one pass down the rows for A x, one back for Aᵀ.
  const apply = (x: Float64Array, out: Float64Array): void => {
    out.fill(0);
    for (let r = 0; r < n; r++) {
      const end = rowStart[r + 1] as number;
      let s = 0;
      for (let k = rowStart[r] as number; k < end; k++) s += (cells[k] as number) * (x[cellColumn[k] as number] as number);
      rowScores[r] = s;
    }
    for (let r = 0; r < n; r++) {
      const s = rowScores[r] as number;
      if (s === 0) continue;
      const end = rowStart[r + 1] as number;
      for (let k = rowStart[r] as number; k < end; k++) {
        const c = cellColumn[k] as number;
        out[c] = (out[c] as number) + (cells[k] as number) * s;
      }
    }
  };
  const { values, vectors } = topEigenpairs(apply, active.length, 2, options);
  const expand = (compact: Float64Array | undefined): Float64Array => {
    const full = new Float64Array(m);
    active.forEach((c, i) => {
      full[c] = compact?.[i] ?? 0;
    });
    return full;
  };
  return {
    center,
    components: [expand(vectors[0]), expand(vectors[1])],
    eigenvalues: [values[0] ?? 0, values[1] ?? 0],
    centred: cells,
  };
}

/**
 * Map position of every participant: the projection of their centred votes,
 * scaled by sqrt(statements / votes) so that someone who saw few statements
 * is not pulled towards the centre by the mean-filled cells. Polis counts a
 * moderated-out statement as a known (zeroed) cell for everyone, so those
 * columns add to every participant's vote count here too.
 * Returns x, y interleaved per row.
 */
export function projectParticipants(matrix: VoteMatrix, pca: PcaResult): Float64Array {
  const n = matrix.participantIds.length;
  const m = matrix.statementIds.length;
  const cells = pca.centred;
  const [c1, c2] = pca.components;
  let moderatedColumns = 0;
  for (let c = 0; c < m; c++) moderatedColumns += matrix.moderatedOut[c] as number;
  const out = new Float64Array(n * 2);
  for (let r = 0; r < n; r++) {
    let x = 0;
    let y = 0;
    let known = moderatedColumns;
    const end = matrix.rowStart[r + 1] as number;
    for (let k = matrix.rowStart[r] as number; k < end; k++) {
      const c = matrix.columns[k] as number;
      if (matrix.moderatedOut[c] === 0) known++;
      const a = cells[k] as number;
      x += a * (c1[c] as number);
      y += a * (c2[c] as number);
    }
    const scale = Math.sqrt(m / Math.max(known, 1));
    out[2 * r] = x * scale;
    out[2 * r + 1] = y * scale;
  }
  return out;
}
