/**
 * Polis-style opinion groups, end to end, as one pure function.
 *
 * votes → sparse matrix → Polis's history of updates replayed by vote
 * time (opinion-history.ts: who is admitted, the PCA map, base clusters and
 * groups warm-started from the update before, the number of groups
 * smoothed over updates) → representativeness, consensus, group-aware
 * consensus, divisive statements. The result is plain JSON; the
 * same input and seed give byte-identical JSON.stringify output, because
 * every order is fixed (ids in id order, ties by index) and all randomness
 * comes from the seed.
 */

import { followGroupIds } from './group-names.ts';
import { analyseGroups } from './group-statement-analysis.ts';
import { clusterOpinions, type OpinionClustering } from './opinion-clustering.ts';
import { type ReplayCheckpoint, replayOpinionHistory } from './opinion-history.ts';
import { replayParticipantSelection } from './participant-filter.ts';
import { pcaOfVotes, projectParticipants } from './pca.ts';
import type { EmptyMapReason, OpinionGroupsInput, OpinionGroupsOptions, OpinionGroupsSnapshot } from './types.ts';
import { buildVoteMatrix, type VoteMatrix } from './vote-matrix.ts';

/** Why the matrix gives no map, or null when it gives one. */
export function emptyMapReason(matrix: VoteMatrix): EmptyMapReason | null {
  if (matrix.values.length === 0) return 'noVotes';
  if (matrix.participantIds.length < 2) return 'oneParticipant';
  let open = 0;
  for (const out of matrix.moderatedOut) if (out === 0) open++;
  if (open === 0) return 'allModeratedOut';
  if (open < 2) return 'oneStatement';
  return null;
}

/** The snapshot of a conversation without a map: no one placed or grouped; consensus over every voter still given. */
function emptySnapshot(matrix: VoteMatrix, seed: number, emptyReason: EmptyMapReason): OpinionGroupsSnapshot {
  return {
    seed,
    emptyReason,
    statementIds: [...matrix.statementIds],
    participants: { included: [], excluded: [...matrix.participantIds] },
    pca: { center: [], components: [[], []], eigenvalues: [0, 0] },
    projections: [],
    baseClusters: [],
    groupCountSilhouettes: [],
    groups: [],
    ...analyseGroups(matrix, new Int32Array(matrix.participantIds.length).fill(-1), []),
  };
}

/** The groups with their ids: following the previous snapshot's groups when given, otherwise 0, 1, … by size. */
function namedGroups(
  matrix: VoteMatrix,
  includedRows: readonly number[],
  groupOfRow: Int32Array,
  clustering: OpinionClustering,
  previousGroups: NonNullable<OpinionGroupsOptions['previousGroups']>,
) {
  const membersOf: string[][] = Array.from({ length: clustering.groupCount }, () => []);
  for (const r of includedRows) membersOf[groupOfRow[r] as number]?.push(matrix.participantIds[r] as string);
  const groupIds = followGroupIds(membersOf, previousGroups);
  const groups = membersOf
    .map((members, g) => {
      const baseClusterIds: number[] = [];
      clustering.groupOfBase.forEach((owner, b) => {
        if (owner === g) baseClusterIds.push(b);
      });
      return {
        id: groupIds[g] as number,
        members,
        baseClusterIds,
        x: clustering.groupCenters[2 * g] as number,
        y: clustering.groupCenters[2 * g + 1] as number,
      };
    })
    .sort((a, b) => a.id - b.id);
  return { groupIds, groups };
}

/** The final votes clustered once: the cumulative participant filter, the map, then groups by silhouette. */
function finalVotesClustering(
  matrix: VoteMatrix,
  seed: number,
  tuning: { minimumVotes?: number; minimumParticipants?: number; baseClusters?: number; maxGroups?: number },
) {
  const included = replayParticipantSelection(matrix, {
    ...(tuning.minimumVotes !== undefined ? { minimumVotes: tuning.minimumVotes } : {}),
    ...(tuning.minimumParticipants !== undefined ? { minimumParticipants: tuning.minimumParticipants } : {}),
  });
  const pca = pcaOfVotes(matrix);
  const projection = projectParticipants(matrix, pca);
  const rows: number[] = [];
  for (let r = 0; r < included.length; r++) if (included[r] === 1) rows.push(r);
  const points = new Float64Array(rows.length * 2);
  rows.forEach((r, i) => {
    points[2 * i] = projection[2 * r] as number;
    points[2 * i + 1] = projection[2 * r + 1] as number;
  });
  const clustering = clusterOpinions(points, {
    seed,
    ...(tuning.baseClusters !== undefined ? { baseClusters: tuning.baseClusters } : {}),
    ...(tuning.maxGroups !== undefined ? { maxGroups: tuning.maxGroups } : {}),
  });
  return { included, pca, projection, clustering };
}

/** Computes the opinion-group snapshot of a conversation. */
export function computeOpinionGroups(input: OpinionGroupsInput, options: OpinionGroupsOptions): OpinionGroupsSnapshot {
  return computeResumableOpinionGroups(input, options).snapshot;
}

/** A snapshot, and the replay's checkpoint to continue from when more votes arrive (null: none). */
export interface ResumableOpinionGroups {
  snapshot: OpinionGroupsSnapshot;
  checkpoint: ReplayCheckpoint | null;
  /** Updates of the history computed by this call (the rest came from `resume`). */
  computedUpdates: number;
}

/**
 * computeOpinionGroups for a live channel: given the checkpoint of the channel's previous
 * computation (`resume`), the history replay continues from it when the votes it saw are unchanged,
 * so only the updates since are computed. The snapshot is byte for byte the one computeOpinionGroups
 * gives on the same input.
 */
export function computeResumableOpinionGroups(
  input: OpinionGroupsInput,
  options: OpinionGroupsOptions & { resume?: ReplayCheckpoint | null },
): ResumableOpinionGroups {
  const matrix = buildVoteMatrix(input.votes, input.statements);
  const reason = emptyMapReason(matrix);
  if (reason) return { snapshot: emptySnapshot(matrix, options.seed, reason), checkpoint: null, computedUpdates: 0 };
  const n = matrix.participantIds.length;
  const tuning = {
    ...(options.minimumVotes !== undefined ? { minimumVotes: options.minimumVotes } : {}),
    ...(options.minimumParticipants !== undefined ? { minimumParticipants: options.minimumParticipants } : {}),
    ...(options.baseClusters !== undefined ? { baseClusters: options.baseClusters } : {}),
    ...(options.maxGroups !== undefined ? { maxGroups: options.maxGroups } : {}),
  };
  const history =
    options.history === false
      ? null
      : replayOpinionHistory(matrix, {
          seed: options.seed,
          ...tuning,
          ...(options.everyVoterBefore !== undefined ? { everyVoterBefore: options.everyVoterBefore } : {}),
          ...(options.resume ? { resume: options.resume } : {}),
        });
  const { included, projection, pca, clustering } = history ?? finalVotesClustering(matrix, options.seed, tuning);

  const includedRows: number[] = [];
  for (let r = 0; r < n; r++) if (included[r] === 1) includedRows.push(r);

  const groupOfRow = new Int32Array(n).fill(-1);
  const baseMembers: string[][] = Array.from({ length: clustering.baseCount }, () => []);
  includedRows.forEach((r, i) => {
    const b = clustering.baseOfPoint[i] as number;
    groupOfRow[r] = clustering.groupOfBase[b] as number;
    baseMembers[b]?.push(matrix.participantIds[r] as string);
  });
  const { groupIds, groups } = namedGroups(matrix, includedRows, groupOfRow, clustering, options.previousGroups ?? []);
  const analysis = analyseGroups(matrix, groupOfRow, groupIds);
  analysis.repness.sort((a, b) => a.groupId - b.groupId);

  const snapshot: OpinionGroupsSnapshot = {
    seed: options.seed,
    statementIds: [...matrix.statementIds],
    participants: {
      included: includedRows.map((r) => matrix.participantIds[r] as string),
      excluded: matrix.participantIds.filter((_, r) => included[r] === 0),
    },
    pca: {
      center: Array.from(pca.center),
      components: [Array.from(pca.components[0]), Array.from(pca.components[1])],
      eigenvalues: [pca.eigenvalues[0], pca.eigenvalues[1]],
    },
    projections: matrix.participantIds.map((participantId, r) => ({
      participantId,
      x: projection[2 * r] as number,
      y: projection[2 * r + 1] as number,
    })),
    baseClusters: baseMembers.map((members, b) => ({
      id: b,
      members,
      x: clustering.baseCenters[2 * b] as number,
      y: clustering.baseCenters[2 * b + 1] as number,
    })),
    groupCountSilhouettes: clustering.silhouettes,
    groups,
    ...analysis,
  };
  return { snapshot, checkpoint: history?.checkpoint ?? null, computedUpdates: history?.computed ?? 0 };
}
