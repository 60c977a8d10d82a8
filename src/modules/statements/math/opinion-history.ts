/**
 * Opinion groups as Polis reaches them: through the conversation's history.
 *
 * Polis does not cluster the final votes once. Its math worker recomputes
 * as votes come in, and each update starts from the one before (Polis's
 * published description of its math; the Computational Democracy Project's
 * pages on opinion groups and clustering): whoever was admitted to the
 * clustering stays in; the base clusters start from the previous base
 * clusters; for every number of groups the grouping starts from the
 * previous grouping with that number; and the number of groups shown
 * changes only once another number has been the best for several updates
 * in a row. The groups at the end therefore depend on the path, not only
 * on the final votes.
 *
 * This module replays that path. Updates follow the votes' times: one at
 * the end of every hour of vote time in which votes arrived, skipped while
 * the votes have grown by less than 1 % since the last update (so a long
 * conversation costs tens to a few hundred updates, not one per hour), and
 * a last one on all votes. Without times the order given is the clock and
 * an update follows every 10 % more votes (at least 20). The same function
 * serves an imported conversation and a live channel, both from their
 * stored votes, so they behave alike. Everything is deterministic: the seed
 * drives the only random choices (the first update's k-means++).
 */

import { deriveSeed } from '../../../platform/random/seeded-random.ts';
import { bestKMeans, type KMeansResult, kmeans } from './kmeans.ts';
import type { OpinionClustering } from './opinion-clustering.ts';
import { maxGroupCount } from './opinion-clustering.ts';
import { admissionRanks, type ParticipantFilterOptions } from './participant-filter.ts';
import { type PcaResult, pcaOfVotes, projectParticipants } from './pca.ts';
import { silhouette } from './silhouette.ts';
import type { VoteMatrix } from './vote-matrix.ts';

/** Options of the replay; the defaults are Polis's published values where it publishes them. */
export interface OpinionHistoryOptions extends ParticipantFilterOptions {
  seed: number;
  /** Base clusters (Polis: 100). */
  baseClusters?: number;
  /** Largest number of groups (Polis: 5). */
  maxGroups?: number;
  /** Updates in a row a new number of groups must be the best before it is shown (default 4). */
  groupCountBuffer?: number;
  /** Without vote times: an update after the votes grew by this fraction (default 0.1)… */
  growth?: number;
  /** …and by at least this many votes (default 20). */
  minimumUpdateVotes?: number;
  /** With vote times: an update at the end of each period of this length (ms) in which votes arrived (default one hour)… */
  updatePeriod?: number;
  /** …once the votes have grown by at least this fraction since the last update (default 0.01). */
  timedGrowth?: number;
  /**
   * A conversation whose every vote is older than this time (epoch ms) is
   * clustered as Polis did then: every voter admitted, whatever their
   * number of votes (null or absent: never; Polis imports pass
   * EVERY_VOTER_BEFORE).
   */
  everyVoterBefore?: number | null;
  /** Start each number of groups from the previous grouping with that number (default true). */
  warmGroups?: boolean;
  /** Update points (numbers of first votes, ascending) instead of the rules above. */
  schedule?: readonly number[];
  /**
   * The checkpoint of an earlier replay of the same conversation (fewer votes): when its votes are
   * still the first ones, unchanged, the replay continues from it instead of starting over, with the
   * same result (otherwise it is ignored).
   */
  resume?: ReplayCheckpoint | null;
}

/**
 * The replay's state after an update that was not the last one: enough to continue the replay when
 * more votes arrive (a live channel) without replaying the updates before it. Keyed by participant
 * id, so new participants may sort anywhere. `fingerprint` covers the votes up to that update, their
 * times, values and statements' moderation, and every option that shapes the replay: any change to
 * them (a changed vote, a statement moderated out) makes the checkpoint unusable.
 */
export interface ReplayCheckpoint {
  /** First votes (in first-vote order) the checkpoint has seen. */
  firstVotes: number;
  fingerprint: string;
  /** Updates replayed up to and including the checkpoint. */
  updates: number;
  /** Base cluster of each clustered participant. */
  baseOf: ReadonlyMap<string, number>;
  /** For each number of groups, the group of each clustered participant. */
  groupsOf: ReadonlyMap<number, ReadonlyMap<string, number>>;
  smoother: { shown: number; candidate: number; runs: number };
}

/** The last update: who is clustered, the map and the clustering (points in included-row order). */
export interface OpinionHistory {
  included: Uint8Array;
  pca: PcaResult;
  projection: Float64Array;
  clustering: OpinionClustering;
  /** Updates replayed, the last included. */
  updates: number;
  /** Whether the updates followed the votes' times (false: the order given). */
  timed: boolean;
  /** Who could be admitted: voters at the vote threshold (with the top-up), or every voter (older conversations). */
  admission: 'threshold' | 'everyVoter';
  /** The state after the last update before the final one (null: there was none), to resume from later. */
  checkpoint: ReplayCheckpoint | null;
  /** Updates computed by this call (fewer than `updates` when it resumed from a checkpoint). */
  computed: number;
}

const SEED_BASE = 1;
const SEED_GROUPS = 2;
const DEFAULT_BUFFER = 4;
const DEFAULT_GROWTH = 0.1;
const DEFAULT_MINIMUM_UPDATE_VOTES = 20;
const DEFAULT_UPDATE_PERIOD = 3_600_000;
const DEFAULT_TIMED_GROWTH = 0.01;
/** Lanczos residual (relative to the largest eigenvalue) of the maps of updates before the last. */
const INTERMEDIATE_PCA_TOLERANCE = 1e-6;
/** Polis's exports of conversations last computed before 2018 group every voter, those computed since only voters at the threshold. */
export const EVERY_VOTER_BEFORE = Date.UTC(2018, 0, 1);

/** Vote counts (in first-vote order) at which updates happen; the last is every vote. */
export function updateSchedule(total: number, growth: number, minimumStep: number): number[] {
  const points: number[] = [];
  let t = Math.min(total, minimumStep);
  while (t < total) {
    points.push(t);
    t = Math.max(t + minimumStep, Math.ceil(t * (1 + growth)));
  }
  points.push(total);
  return points;
}

/**
 * Update points from the first votes' times: after the last vote of each
 * period that holds votes, when the votes have grown by `growth` since the
 * previous update; the last point is every vote.
 */
export function timedUpdateSchedule(firstVoteAt: Float64Array, period: number, growth: number): number[] {
  const points: number[] = [];
  let last = 0;
  for (let t = 1; t < firstVoteAt.length; t++) {
    if (Math.floor((firstVoteAt[t] as number) / period) === Math.floor((firstVoteAt[t - 1] as number) / period)) continue;
    if (t >= last * (1 + growth)) {
      points.push(t);
      last = t;
    }
  }
  points.push(firstVoteAt.length);
  return points;
}

/** The matrix of the first `t` first votes: rows and columns that have a vote by then, in the full matrix's order. */
function prefixMatrix(matrix: VoteMatrix, rankOfCell: Int32Array, t: number): { sub: VoteMatrix; subOfRow: Int32Array } {
  const n = matrix.participantIds.length;
  const m = matrix.statementIds.length;
  const colSub = new Int32Array(m).fill(-1);
  const subOfRow = new Int32Array(n).fill(-1);
  let cells = 0;
  const rowsKept: number[] = [];
  for (let r = 0; r < n; r++) {
    const end = matrix.rowStart[r + 1] as number;
    let here = 0;
    for (let k = matrix.rowStart[r] as number; k < end; k++) {
      if ((rankOfCell[k] as number) < t) {
        here++;
        colSub[matrix.columns[k] as number] = 0;
      }
    }
    if (here > 0) {
      subOfRow[r] = rowsKept.length;
      rowsKept.push(r);
      cells += here;
    }
  }
  const statementIds: string[] = [];
  const moderatedOut: number[] = [];
  for (let c = 0; c < m; c++) {
    if (colSub[c] === 0) {
      colSub[c] = statementIds.length;
      statementIds.push(matrix.statementIds[c] as string);
      moderatedOut.push(matrix.moderatedOut[c] as number);
    }
  }
  const rowStart = new Int32Array(rowsKept.length + 1);
  const columns = new Int32Array(cells);
  const values = new Int8Array(cells);
  let next = 0;
  rowsKept.forEach((r, i) => {
    const end = matrix.rowStart[r + 1] as number;
    for (let k = matrix.rowStart[r] as number; k < end; k++) {
      if ((rankOfCell[k] as number) < t) {
        columns[next] = colSub[matrix.columns[k] as number] as number;
        values[next] = matrix.values[k] as number;
        next++;
      }
    }
    rowStart[i + 1] = next;
  });
  return {
    sub: {
      participantIds: rowsKept.map((r) => matrix.participantIds[r] as string),
      statementIds,
      moderatedOut: Uint8Array.from(moderatedOut),
      rowStart,
      columns,
      values,
      cellsByFirstVote: new Int32Array(0),
      firstVoteAt: null,
    },
    subOfRow,
  };
}

/** Centres (k × 2) as the mean position of each label's points; labels with no point are left out. */
function centresOfLabels(points: Float64Array, labels: Int32Array, k: number, weights?: Float64Array): Float64Array {
  const sums = new Float64Array(k * 2);
  const mass = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as number;
    if (l < 0 || l >= k) continue;
    const w = weights ? (weights[i] as number) : 1;
    mass[l] = (mass[l] as number) + w;
    sums[2 * l] = (sums[2 * l] as number) + w * (points[2 * i] as number);
    sums[2 * l + 1] = (sums[2 * l + 1] as number) + w * (points[2 * i + 1] as number);
  }
  const out: number[] = [];
  for (let l = 0; l < k; l++) {
    if ((mass[l] as number) > 0) out.push((sums[2 * l] as number) / (mass[l] as number), (sums[2 * l + 1] as number) / (mass[l] as number));
  }
  return Float64Array.from(out);
}

/** Adds centres at the points farthest from every centre so far until there are k (deterministic). */
function addFarthest(points: Float64Array, centres: Float64Array, k: number): Float64Array {
  const n = points.length / 2;
  const out = Array.from(centres);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const update = (cx: number, cy: number) => {
    for (let i = 0; i < n; i++) {
      const d = ((points[2 * i] as number) - cx) ** 2 + ((points[2 * i + 1] as number) - cy) ** 2;
      if (d < (nearest[i] as number)) nearest[i] = d;
    }
  };
  for (let j = 0; j < out.length / 2; j++) update(out[2 * j] as number, out[2 * j + 1] as number);
  while (out.length / 2 < k) {
    let best = -1;
    let bestD = 0;
    for (let i = 0; i < n; i++) {
      if ((nearest[i] as number) > bestD) {
        bestD = nearest[i] as number;
        best = i;
      }
    }
    if (best < 0) break;
    out.push(points[2 * best] as number, points[2 * best + 1] as number);
    update(points[2 * best] as number, points[2 * best + 1] as number);
  }
  return Float64Array.from(out);
}

/** Weight of the lightest cluster. */
function lightest(result: KMeansResult): number {
  let min = Number.POSITIVE_INFINITY;
  for (const w of result.weights) min = Math.min(min, w);
  return min;
}

/** Base clusters of one update, numbered by first member. */
interface BaseStep {
  baseOfPoint: Int32Array;
  baseCount: number;
  baseCenters: Float64Array;
  baseSizes: Float64Array;
}

/** Base clusters, warm-started from the previous update's members (new centres at the farthest points). */
function baseClustersStep(points: Float64Array, previousLabels: Int32Array, baseK: number, seed: number): BaseStep {
  let previousCount = 0;
  for (const l of previousLabels) previousCount = Math.max(previousCount, l + 1);
  let base: KMeansResult;
  if (previousCount === 0) {
    base = bestKMeans(points, 2, baseK, { seed: deriveSeed(seed, SEED_BASE), restarts: 1 });
  } else {
    const start = addFarthest(points, centresOfLabels(points, previousLabels, previousCount), baseK);
    base = kmeans(points, 2, start.length / 2, { random: () => 0, initialCenters: start });
  }
  const count = points.length / 2;
  const first = new Int32Array(base.k).fill(count);
  for (let i = count - 1; i >= 0; i--) first[base.labels[i] as number] = i;
  const order = Array.from({ length: base.k }, (_, j) => j).sort((a, b) => (first[a] as number) - (first[b] as number));
  const baseRank = new Int32Array(base.k);
  order.forEach((j, rank) => {
    baseRank[j] = rank;
  });
  const baseCenters = new Float64Array(base.k * 2);
  const baseSizes = new Float64Array(base.k);
  for (let j = 0; j < base.k; j++) {
    const rank = baseRank[j] as number;
    baseCenters[2 * rank] = base.centers[2 * j] as number;
    baseCenters[2 * rank + 1] = base.centers[2 * j + 1] as number;
    baseSizes[rank] = base.weights[j] as number;
  }
  return { baseOfPoint: base.labels.map((l) => baseRank[l] as number), baseCount: base.k, baseCenters, baseSizes };
}

/** Groupings for every number of groups, each warm-started from the previous grouping with that number. */
function groupsStep(
  points: Float64Array,
  base: BaseStep,
  previousLabelsOf: (k: number) => Int32Array | undefined,
  options: OpinionHistoryOptions,
): { labelsByK: Map<number, Int32Array>; silhouettes: Array<{ k: number; silhouette: number }>; bestK: number } {
  const kMax = maxGroupCount(base.baseCount, options.maxGroups ?? 5);
  const silhouettes: Array<{ k: number; silhouette: number }> = [];
  const labelsByK = new Map<number, Int32Array>();
  let bestK = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 2; k <= kMax; k++) {
    const previous = options.warmGroups === false ? undefined : previousLabelsOf(k);
    let groups: KMeansResult | undefined;
    if (previous) {
      const start = centresOfLabels(points, previous, k);
      if (start.length / 2 === k) {
        groups = kmeans(base.baseCenters, 2, k, { random: () => 0, initialCenters: start, weights: base.baseSizes });
      }
    }
    groups ??= bestKMeans(base.baseCenters, 2, k, {
      seed: deriveSeed(options.seed, SEED_GROUPS * 1000 + k),
      restarts: 10,
      weights: base.baseSizes,
    });
    if (groups.k < 2) continue;
    labelsByK.set(k, groups.labels);
    // A grouping with a group of one participant is never chosen.
    const score = lightest(groups) < 2 ? -1 : silhouette(base.baseCenters, 2, groups.labels, groups.k, base.baseSizes);
    silhouettes.push({ k: groups.k, silhouette: score });
    if (groups.k === k && score > bestScore + 1e-12) {
      bestScore = score;
      bestK = k;
    }
  }
  return { labelsByK, silhouettes, bestK };
}

/** The number of groups shown: it changes only after another number has been best `buffer` updates in a row. */
class GroupCountSmoother {
  shown = 0;
  candidate = 0;
  runs = 0;
  constructor(private readonly buffer: number) {}
  update(best: number, available: ReadonlyMap<number, unknown>): number {
    if (best === 0) return this.shown;
    if (this.shown === 0 || !available.has(this.shown)) {
      this.shown = best;
      this.runs = 0;
    } else if (best === this.shown) {
      this.runs = 0;
    } else {
      this.runs = best === this.candidate ? this.runs + 1 : 1;
      this.candidate = best;
      if (this.runs >= this.buffer) {
        this.shown = best;
        this.runs = 0;
      }
    }
    return this.shown;
  }
}

/** Map positions of the included rows (x, y interleaved), from the update's projection. */
function pointsOf(includedRows: readonly number[], subOfRow: Int32Array, projection: Float64Array): Float64Array {
  const points = new Float64Array(includedRows.length * 2);
  includedRows.forEach((r, i) => {
    points[2 * i] = projection[2 * (subOfRow[r] as number)] as number;
    points[2 * i + 1] = projection[2 * (subOfRow[r] as number) + 1] as number;
  });
  return points;
}

/** Each grouping as a group per matrix row (−1: not clustered), to warm-start the next update. */
function labelsByRow(
  labelsByK: ReadonlyMap<number, Int32Array>,
  includedRows: readonly number[],
  baseOfPoint: Int32Array,
  n: number,
): Map<number, Int32Array> {
  const out = new Map<number, Int32Array>();
  for (const [k, labels] of labelsByK) {
    const ofRow = new Int32Array(n).fill(-1);
    includedRows.forEach((r, i) => {
      ofRow[r] = labels[baseOfPoint[i] as number] as number;
    });
    out.set(k, ofRow);
  }
  return out;
}

/** Each cell's rank in first-vote order. */
function firstVoteRanks(matrix: VoteMatrix): Int32Array {
  const ranks = new Int32Array(matrix.values.length);
  matrix.cellsByFirstVote.forEach((cell, t) => {
    ranks[cell] = t;
  });
  return ranks;
}

/** Who can be admitted when, and the update points: from the votes' times when every vote has one. */
function historyPlan(matrix: VoteMatrix, options: OpinionHistoryOptions) {
  const cellCount = matrix.values.length;
  const times = matrix.firstVoteAt;
  const everyVoterBefore = options.everyVoterBefore ?? null;
  const everyVoter =
    times !== null && times.length > 0 && everyVoterBefore !== null && (times[times.length - 1] as number) < everyVoterBefore;
  const admitted = admissionRanks(matrix, everyVoter ? { ...options, minimumVotes: 1 } : options);
  const schedule = options.schedule
    ? [...options.schedule.filter((t) => t > 0 && t < cellCount), cellCount]
    : times
      ? timedUpdateSchedule(times, options.updatePeriod ?? DEFAULT_UPDATE_PERIOD, options.timedGrowth ?? DEFAULT_TIMED_GROWTH)
      : updateSchedule(cellCount, options.growth ?? DEFAULT_GROWTH, options.minimumUpdateVotes ?? DEFAULT_MINIMUM_UPDATE_VOTES);
  return { times, everyVoter, admitted, schedule };
}

/** FNV-1a over a string, continuing from `hash` (32 bits). */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Digest of the first `t` first votes (participant, statement, value, time, the statement's
 * moderation) and of the options that shape the replay: two independent 32-bit FNV-1a hashes.
 */
function prefixFingerprint(matrix: VoteMatrix, t: number, header: string): string {
  const rowOfCell = new Int32Array(matrix.values.length);
  for (let r = 0; r < matrix.participantIds.length; r++) {
    rowOfCell.fill(r, matrix.rowStart[r] as number, matrix.rowStart[r + 1] as number);
  }
  let a = fnv(0x811c9dc5, header);
  let b = fnv(0x01234567, header);
  for (let i = 0; i < t; i++) {
    const cell = matrix.cellsByFirstVote[i] as number;
    const c = matrix.columns[cell] as number;
    const piece = `|${matrix.participantIds[rowOfCell[cell] as number]}\u0000${matrix.statementIds[c]}\u0000${matrix.values[cell]}${
      matrix.moderatedOut[c]
    }${matrix.firstVoteAt ? matrix.firstVoteAt[i] : ''}`;
    a = fnv(a, piece);
    b = fnv(b ^ i, piece);
  }
  return `${t}:${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** The options that shape the replay, as text (part of every checkpoint's fingerprint). */
function optionsHeader(options: OpinionHistoryOptions, everyVoter: boolean, timed: boolean): string {
  return JSON.stringify([
    options.seed,
    options.baseClusters ?? 100,
    options.maxGroups ?? 5,
    options.groupCountBuffer ?? DEFAULT_BUFFER,
    options.growth ?? DEFAULT_GROWTH,
    options.minimumUpdateVotes ?? DEFAULT_MINIMUM_UPDATE_VOTES,
    options.updatePeriod ?? DEFAULT_UPDATE_PERIOD,
    options.timedGrowth ?? DEFAULT_TIMED_GROWTH,
    options.minimumVotes ?? null,
    options.minimumParticipants ?? null,
    options.warmGroups ?? true,
    options.schedule ?? null,
    everyVoter,
    timed,
  ]);
}

/** The replay state as labels per matrix row, from a checkpoint keyed by participant id. */
function stateFromCheckpoint(matrix: VoteMatrix, checkpoint: ReplayCheckpoint) {
  const n = matrix.participantIds.length;
  const baseOfRow = Int32Array.from(matrix.participantIds, (id) => checkpoint.baseOf.get(id) ?? -1);
  const groupOfRowByK = new Map<number, Int32Array>();
  for (const [k, labels] of checkpoint.groupsOf) {
    groupOfRowByK.set(k, n === 0 ? new Int32Array(0) : Int32Array.from(matrix.participantIds, (id) => labels.get(id) ?? -1));
  }
  return { baseOfRow, groupOfRowByK };
}

/** The replay state after an update, keyed by participant id. */
function checkpointOf(
  matrix: VoteMatrix,
  firstVotes: number,
  fingerprint: string,
  updates: number,
  baseOfRow: Int32Array,
  groupOfRowByK: ReadonlyMap<number, Int32Array>,
  smoother: ReplayCheckpoint['smoother'],
): ReplayCheckpoint {
  const byId = (labels: Int32Array) => {
    const out = new Map<string, number>();
    labels.forEach((label, r) => {
      if (label >= 0) out.set(matrix.participantIds[r] as string, label);
    });
    return out;
  };
  return {
    firstVotes,
    fingerprint,
    updates,
    baseOf: byId(baseOfRow),
    groupsOf: new Map([...groupOfRowByK].map(([k, labels]) => [k, byId(labels)] as const)),
    smoother: { ...smoother },
  };
}

/** The update point before the final one. */
function lastPoint(schedule: readonly number[]): number {
  return schedule[schedule.length - 2] as number;
}

/** What one update carries to the next. */
interface ReplayState {
  baseOfRow: Int32Array;
  groupOfRowByK: Map<number, Int32Array>;
  smoother: GroupCountSmoother;
  updates: number;
}

/** The state to start from: the checkpoint's when it fits these votes and options, otherwise empty. */
function startingState(
  matrix: VoteMatrix,
  options: OpinionHistoryOptions,
  schedule: readonly number[],
  header: string,
): { state: ReplayState; resumed: ReplayCheckpoint | null } {
  const n = matrix.participantIds.length;
  const smoother = new GroupCountSmoother(options.groupCountBuffer ?? DEFAULT_BUFFER);
  const resume = options.resume;
  if (
    resume &&
    resume.firstVotes < matrix.values.length &&
    schedule.includes(resume.firstVotes) &&
    prefixFingerprint(matrix, resume.firstVotes, header) === resume.fingerprint
  ) {
    Object.assign(smoother, resume.smoother);
    return { state: { ...stateFromCheckpoint(matrix, resume), smoother, updates: resume.updates }, resumed: resume };
  }
  const state = { baseOfRow: new Int32Array(n).fill(-1), groupOfRowByK: new Map<number, Int32Array>(), smoother, updates: 0 };
  return { state, resumed: null };
}

/** One update on the first `t` first votes, warm-started from `state` (null: too few admitted to cluster). */
function runUpdate(
  matrix: VoteMatrix,
  rankOfCell: Int32Array,
  admitted: Int32Array,
  t: number,
  state: ReplayState,
  options: OpinionHistoryOptions,
) {
  const n = matrix.participantIds.length;
  const final = t === matrix.values.length;
  const { sub, subOfRow } = final
    ? { sub: matrix, subOfRow: Int32Array.from({ length: n }, (_, r) => r) }
    : prefixMatrix(matrix, rankOfCell, t);
  const includedRows: number[] = [];
  for (let r = 0; r < n; r++) if ((admitted[r] as number) >= 0 && (admitted[r] as number) < t) includedRows.push(r);
  if (!final && includedRows.length < 2) return null;
  // An update before the last only steers the next one's starting clusters, so its map needs less
  // precision than the published one; the last update solves to the full tolerance (the fixtures' map).
  const pca = final ? pcaOfVotes(sub) : pcaOfVotes(sub, { tolerance: INTERMEDIATE_PCA_TOLERANCE });
  const projection = projectParticipants(sub, pca);
  const points = pointsOf(includedRows, subOfRow, projection);
  const baseK = Math.min(options.baseClusters ?? 100, includedRows.length);
  const previousBase = Int32Array.from(includedRows, (r) => state.baseOfRow[r] as number);
  const base = baseClustersStep(points, previousBase, baseK, options.seed);
  const previousByK = state.groupOfRowByK;
  const step = groupsStep(
    points,
    base,
    (k) => {
      const previous = previousByK.get(k);
      return previous ? Int32Array.from(includedRows, (r) => previous[r] as number) : undefined;
    },
    options,
  );
  const shown = state.smoother.update(step.bestK, step.labelsByK);
  state.updates++;
  state.baseOfRow = new Int32Array(n).fill(-1);
  includedRows.forEach((r, i) => {
    state.baseOfRow[r] = base.baseOfPoint[i] as number;
  });
  state.groupOfRowByK = labelsByRow(step.labelsByK, includedRows, base.baseOfPoint, n);
  return { pca, projection, base, step, shown };
}

/**
 * Replays the conversation's updates and returns the last one, with the checkpoint after the update
 * before it. Given `options.resume` (an earlier call's checkpoint on fewer votes), continues from it
 * when it fits, to the same result.
 */
export function replayOpinionHistory(matrix: VoteMatrix, options: OpinionHistoryOptions): OpinionHistory {
  const cellCount = matrix.values.length;
  const rankOfCell = firstVoteRanks(matrix);
  const { times, everyVoter, admitted, schedule } = historyPlan(matrix, options);
  const header = optionsHeader(options, everyVoter, times !== null);
  const { state, resumed } = startingState(matrix, options, schedule, header);
  let checkpoint = resumed;
  let computed = 0;
  for (const t of schedule) {
    if (t <= (resumed?.firstVotes ?? 0)) continue;
    // The checkpoint is the state before the final update, taken before that update changes it.
    if (t === cellCount && computed > 0) {
      const smoother = { shown: state.smoother.shown, candidate: state.smoother.candidate, runs: state.smoother.runs };
      const fingerprint = prefixFingerprint(matrix, lastPoint(schedule), header);
      checkpoint = checkpointOf(matrix, lastPoint(schedule), fingerprint, state.updates, state.baseOfRow, state.groupOfRowByK, smoother);
    }
    const update = runUpdate(matrix, rankOfCell, admitted, t, state, options);
    if (!update) continue;
    computed++;
    if (t < cellCount) continue;
    const chosen = update.step.labelsByK.get(update.shown);
    const { base } = update;
    return {
      included: Uint8Array.from(admitted, (a) => (a >= 0 ? 1 : 0)),
      pca: update.pca,
      projection: update.projection,
      clustering: finishClustering(
        base,
        chosen ?? new Int32Array(base.baseCount),
        chosen ? update.shown : Math.min(base.baseCount, 1),
        update.step.silhouettes,
      ),
      updates: state.updates,
      timed: times !== null,
      admission: everyVoter ? 'everyVoter' : 'threshold',
      checkpoint,
      computed,
    };
  }
  throw new Error('the replay ends on every vote');
}

/** Groups numbered by size (then first base cluster), with their weighted centres. */
function finishClustering(
  base: BaseStep,
  labels: Int32Array,
  k: number,
  silhouettes: Array<{ k: number; silhouette: number }>,
): OpinionClustering {
  const { baseOfPoint, baseCount, baseCenters, baseSizes } = base;
  const weights = new Float64Array(k);
  const first = new Int32Array(k).fill(baseCount);
  for (let j = baseCount - 1; j >= 0; j--) first[labels[j] as number] = j;
  for (let j = 0; j < baseCount; j++) weights[labels[j] as number] = (weights[labels[j] as number] as number) + (baseSizes[j] as number);
  const order = Array.from({ length: k }, (_, g) => g).sort(
    (a, b) => (weights[b] as number) - (weights[a] as number) || (first[a] as number) - (first[b] as number),
  );
  const rank = new Int32Array(k);
  order.forEach((g, r) => {
    rank[g] = r;
  });
  const groupOfBase = labels.map((l) => rank[l] as number);
  const groupCenters = new Float64Array(k * 2);
  const mass = new Float64Array(k);
  for (let j = 0; j < baseCount; j++) {
    const g = groupOfBase[j] as number;
    const w = baseSizes[j] as number;
    mass[g] = (mass[g] as number) + w;
    groupCenters[2 * g] = (groupCenters[2 * g] as number) + w * (baseCenters[2 * j] as number);
    groupCenters[2 * g + 1] = (groupCenters[2 * g + 1] as number) + w * (baseCenters[2 * j + 1] as number);
  }
  for (let g = 0; g < k; g++) {
    groupCenters[2 * g] = (groupCenters[2 * g] as number) / (mass[g] as number);
    groupCenters[2 * g + 1] = (groupCenters[2 * g + 1] as number) / (mass[g] as number);
  }
  return { baseOfPoint, baseCount, baseCenters, baseSizes, groupOfBase, groupCount: k, groupCenters, silhouettes };
}
