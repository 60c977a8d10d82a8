/**
 * Sparse participants × statements vote matrix.
 *
 * Conversations are sparse (most people see a fraction of the statements),
 * so the matrix is kept in compressed-row form with typed arrays; nothing in
 * the pipeline ever allocates an object per cell.
 */

import { sortIds } from './id-order.ts';
import type { StatementInput, VoteInput } from './types.ts';

/** Votes in compressed sparse row form; rows and columns in id order. */
export interface VoteMatrix {
  /** Row ids: every participant with at least one vote on a known statement. */
  participantIds: string[];
  /** Column ids: every known statement with at least one vote. */
  statementIds: string[];
  /** 1 where the column's statement is moderated out. */
  moderatedOut: Uint8Array;
  /** Row r's cells are rowStart[r] .. rowStart[r+1]-1, columns ascending. */
  rowStart: Int32Array;
  columns: Int32Array;
  /** Final vote of each cell: 1 agree, -1 disagree, 0 pass. */
  values: Int8Array;
  /** Cell indices in the order of each cell's first vote (for replaying history). */
  cellsByFirstVote: Int32Array;
  /** Time (`at`) of each first vote, in `cellsByFirstVote` order; null when any vote has no time. */
  firstVoteAt: Float64Array | null;
}

/**
 * Vote indices in time order, or null when the given order already is.
 * Votes without a time are taken to be in the order given; mixing the two
 * would be ambiguous, so one untimed vote makes the given order the clock.
 */
function chronologicalOrder(votes: readonly VoteInput[], voteRow: Int32Array): { order: Int32Array | null; timed: boolean } {
  let previous = Number.NEGATIVE_INFINITY;
  let sorted = true;
  for (let i = 0; i < votes.length; i++) {
    if ((voteRow[i] as number) < 0) continue;
    const at = (votes[i] as VoteInput).at;
    if (at === undefined || !Number.isFinite(at)) return { order: null, timed: false };
    if (at < previous) sorted = false;
    else previous = at;
  }
  if (sorted) return { order: null, timed: true };
  const order: number[] = [];
  for (let i = 0; i < votes.length; i++) if ((voteRow[i] as number) >= 0) order.push(i);
  const at = (i: number): number => (votes[i] as VoteInput).at as number;
  return { order: Int32Array.from(order.sort((a, b) => at(a) - at(b) || a - b)), timed: true };
}

/** Renumbers ids (given in order of first appearance) into id order; returns the ids and old → new map. */
function renumber(names: string[], index: Map<string, number>): { ids: string[]; map: Int32Array } {
  const ids = sortIds(names);
  const map = new Int32Array(names.length);
  ids.forEach((id, k) => {
    map[index.get(id) as number] = k;
  });
  return { ids, map };
}

/**
 * Builds the matrix. The last vote (in time order; given order when any vote
 * lacks a time) of a participant on a statement is the one that counts.
 * Votes on statements missing from `statements` are ignored.
 */
export function buildVoteMatrix(votes: readonly VoteInput[], statements: readonly StatementInput[]): VoteMatrix {
  const moderatedById = new Map<string, boolean>();
  for (const s of statements) moderatedById.set(s.id, (moderatedById.get(s.id) ?? false) || s.moderatedOut === true);

  // One hash lookup per id per vote: provisional indices in order of first
  // appearance, renumbered into id order afterwards. Row -1 marks a skipped vote.
  const voteRow = new Int32Array(votes.length);
  const voteCol = new Int32Array(votes.length);
  const voteValue = new Int8Array(votes.length);
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  const rowNames: string[] = [];
  const colNames: string[] = [];
  // Exports usually list a participant's votes together: skip the hash then.
  let lastParticipant: string | undefined;
  let lastRow = -1;
  for (let i = 0; i < votes.length; i++) {
    const v = votes[i] as VoteInput;
    if (v.vote !== 1 && v.vote !== -1 && v.vote !== 0) throw new RangeError(`vote must be 1, -1 or 0, got ${String(v.vote)}`);
    let c = colIndex.get(v.statementId);
    if (c === undefined) {
      if (!moderatedById.has(v.statementId)) {
        voteRow[i] = -1;
        continue;
      }
      c = colNames.length;
      colIndex.set(v.statementId, c);
      colNames.push(v.statementId);
    }
    let r = v.participantId === lastParticipant ? lastRow : rowIndex.get(v.participantId);
    if (r === undefined) {
      r = rowNames.length;
      rowIndex.set(v.participantId, r);
      rowNames.push(v.participantId);
    }
    lastParticipant = v.participantId;
    lastRow = r;
    voteRow[i] = r;
    voteCol[i] = c;
    voteValue[i] = v.vote;
  }
  const rows = renumber(rowNames, rowIndex);
  const cols = renumber(colNames, colIndex);
  const n = rows.ids.length;
  const m = cols.ids.length;
  const moderatedOut = new Uint8Array(m);
  cols.ids.forEach((id, c) => {
    moderatedOut[c] = moderatedById.get(id) === true ? 1 : 0;
  });

  // Counting sort of the votes by row, keeping time order within a row.
  const { order, timed } = chronologicalOrder(votes, voteRow);
  const total = order ? order.length : votes.length;
  const rowFill = new Int32Array(n + 1);
  for (let e = 0; e < total; e++) {
    const i = order ? (order[e] as number) : e;
    const r = voteRow[i] as number;
    if (r < 0) continue;
    voteRow[i] = rows.map[r] as number;
    voteCol[i] = cols.map[voteCol[i] as number] as number;
    rowFill[(voteRow[i] as number) + 1] = (rowFill[(voteRow[i] as number) + 1] as number) + 1;
  }
  for (let r = 0; r < n; r++) rowFill[r + 1] = (rowFill[r + 1] as number) + (rowFill[r] as number);
  // byRow holds time positions e (vote index order[e], or e itself): e is
  // unique and increases with time, so it doubles as the vote's time rank.
  const eventStart = rowFill.slice();
  const byRow = new Int32Array(rowFill[n] as number);
  for (let e = 0; e < total; e++) {
    const r = voteRow[order ? (order[e] as number) : e] as number;
    if (r < 0) continue;
    byRow[rowFill[r] as number] = e;
    rowFill[r] = (rowFill[r] as number) + 1;
  }

  // Per row: the last event per column wins; columns then sorted ascending.
  // `stamp` marks columns already seen in the current row without clearing.
  // Every large allocation makes the garbage collector walk the (large)
  // input, so buffers that are done with are reused: voteRow becomes the
  // rank → cell table, byRow the cells in first-vote order.
  const events = byRow.length;
  const rowStart = new Int32Array(n + 1);
  const columns = new Int32Array(events);
  const values = new Int8Array(events);
  const cellAtRank = voteRow.fill(-1);
  const stamp = new Int32Array(m).fill(-1);
  const lastVote = new Int8Array(m);
  const firstSeen = new Int32Array(m);
  let cells = 0;
  for (let r = 0; r < n; r++) {
    const begin = cells;
    for (let k = eventStart[r] as number; k < (eventStart[r + 1] as number); k++) {
      const e = byRow[k] as number;
      const i = order ? (order[e] as number) : e;
      const c = voteCol[i] as number;
      if (stamp[c] !== r) {
        stamp[c] = r;
        firstSeen[c] = e;
        columns[cells++] = c;
      }
      lastVote[c] = voteValue[i] as number;
    }
    columns.subarray(begin, cells).sort();
    for (let k = begin; k < cells; k++) {
      const c = columns[k] as number;
      values[k] = lastVote[c] as number;
      // Time ranks are unique, so this table lists cells by first vote.
      cellAtRank[firstSeen[c] as number] = k;
    }
    rowStart[r + 1] = cells;
  }
  const cellsByFirstVote = byRow.subarray(0, cells);
  const firstVoteAt = timed ? new Float64Array(cells) : null;
  for (let rank = 0, next = 0; rank < total; rank++) {
    const cell = cellAtRank[rank] as number;
    if (cell < 0) continue;
    if (firstVoteAt) firstVoteAt[next] = (votes[order ? (order[rank] as number) : rank] as VoteInput).at as number;
    cellsByFirstVote[next++] = cell;
  }

  return {
    participantIds: rows.ids,
    statementIds: cols.ids,
    moderatedOut,
    rowStart,
    columns: cells === events ? columns : columns.slice(0, cells),
    values: cells === events ? values : values.slice(0, cells),
    cellsByFirstVote,
    firstVoteAt,
  };
}

/** Row index of every cell (inverse of rowStart), for walks over cells in a non-row order. */
export function cellRows(matrix: VoteMatrix): Int32Array {
  const rows = new Int32Array(matrix.columns.length);
  for (let r = 0; r < matrix.participantIds.length; r++) {
    rows.fill(r, matrix.rowStart[r] as number, matrix.rowStart[r + 1] as number);
  }
  return rows;
}
