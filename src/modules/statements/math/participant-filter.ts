/**
 * Which participants are clustered ("in the conversation").
 *
 * Someone who voted on two statements has no meaningful position, so Polis
 * clusters only participants who voted on at least min(7, statements); while
 * fewer than 15 qualify, the most active are added so a young conversation
 * still shows a map. Polis keeps a participant once included, and it runs
 * on every new batch of votes, so its final set also holds people admitted
 * early on. The replay below reproduces that by re-applying the rule after
 * every vote in time order.
 */

import type { VoteMatrix } from './vote-matrix.ts';

/** Thresholds of the filter. */
export interface ParticipantFilterOptions {
  /** Votes needed, capped by the number of statements (Polis: 7). */
  minimumVotes?: number;
  /** Participants always included up to this many (Polis: 15). */
  minimumParticipants?: number;
}

const DEFAULT_MINIMUM_VOTES = 7;
const DEFAULT_MINIMUM_PARTICIPANTS = 15;

/** Statements each participant voted on (passes and moderated-out statements count). */
export function voteCounts(matrix: VoteMatrix): Int32Array {
  const counts = new Int32Array(matrix.participantIds.length);
  for (let r = 0; r < counts.length; r++) {
    counts[r] = (matrix.rowStart[r + 1] as number) - (matrix.rowStart[r] as number);
  }
  return counts;
}

/**
 * One application of the rule on final counts: everyone at the threshold,
 * plus anyone previously included, topped up with the most active (ties:
 * row order) while fewer than the minimum. Returns 1/0 per row.
 */
export function selectParticipants(
  counts: Int32Array,
  statementCount: number,
  options: ParticipantFilterOptions & { previouslyIncluded?: Uint8Array } = {},
): Uint8Array {
  const threshold = Math.min(options.minimumVotes ?? DEFAULT_MINIMUM_VOTES, statementCount);
  const minimum = options.minimumParticipants ?? DEFAULT_MINIMUM_PARTICIPANTS;
  const included = new Uint8Array(counts.length);
  let total = 0;
  for (let r = 0; r < counts.length; r++) {
    if ((counts[r] as number) >= threshold || options.previouslyIncluded?.[r] === 1) {
      included[r] = 1;
      total++;
    }
  }
  if (total < minimum) {
    const rest: number[] = [];
    for (let r = 0; r < counts.length; r++) if (included[r] === 0 && (counts[r] as number) > 0) rest.push(r);
    rest.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
    for (const r of rest.slice(0, minimum - total)) included[r] = 1;
  }
  return included;
}

/** Row holding a cell: binary search in rowStart (cheaper than a per-cell row table at scale). */
function rowOfCell(rowStart: Int32Array, cell: number): number {
  let lo = 0;
  let hi = rowStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((rowStart[mid] as number) <= cell) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Polis's cumulative selection: the rule applied after every vote, in the
 * order votes were first cast, with "once in, always in". The statement
 * count at each moment is the number of statements voted on so far.
 * Returns, per row, the first-vote rank (0-based position in
 * `cellsByFirstVote`) of the vote that admitted the participant, or -1.
 */
export function admissionRanks(matrix: VoteMatrix, options: ParticipantFilterOptions = {}): Int32Array {
  const minimumVotes = options.minimumVotes ?? DEFAULT_MINIMUM_VOTES;
  const minimum = options.minimumParticipants ?? DEFAULT_MINIMUM_PARTICIPANTS;
  const admitted = new Int32Array(matrix.participantIds.length).fill(-1);
  const counts = new Int32Array(matrix.participantIds.length);
  const columnSeen = new Uint8Array(matrix.statementIds.length);
  let columnsSeen = 0;
  let total = 0;
  // Invariant: while fewer than `minimum` are included, every participant
  // seen so far is included, so the top-up can only ever pick the voter.
  for (let t = 0; t < matrix.cellsByFirstVote.length; t++) {
    const cell = matrix.cellsByFirstVote[t] as number;
    const r = rowOfCell(matrix.rowStart, cell);
    const c = matrix.columns[cell] as number;
    if (columnSeen[c] === 0) {
      columnSeen[c] = 1;
      columnsSeen++;
    }
    counts[r] = (counts[r] as number) + 1;
    if ((admitted[r] as number) >= 0) continue;
    if ((counts[r] as number) >= Math.min(minimumVotes, columnsSeen) || total < minimum) {
      admitted[r] = t;
      total++;
    }
  }
  return admitted;
}

/** The cumulative selection (see admissionRanks) at the end: 1/0 per row. */
export function replayParticipantSelection(matrix: VoteMatrix, options: ParticipantFilterOptions = {}): Uint8Array {
  return Uint8Array.from(admissionRanks(matrix, options), (t) => (t >= 0 ? 1 : 0));
}
