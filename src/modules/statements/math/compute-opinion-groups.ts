/**
 * Polis-style opinion groups, end to end, as one pure function.
 *
 * votes → sparse matrix → participant filter → PCA map → base clusters →
 * opinion groups (k by silhouette) → representativeness, consensus,
 * group-aware consensus, divisive statements. The result is plain JSON; the
 * same input and seed give byte-identical JSON.stringify output, because
 * every order is fixed (ids in id order, ties by index) and all randomness
 * comes from the seed.
 */

import { analyseGroups } from './group-statement-analysis.ts';
import { clusterOpinions } from './opinion-clustering.ts';
import { replayParticipantSelection } from './participant-filter.ts';
import { pcaOfVotes, projectParticipants } from './pca.ts';
import type { OpinionGroupsInput, OpinionGroupsOptions, OpinionGroupsSnapshot } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

/** Computes the opinion-group snapshot of a conversation. */
export function computeOpinionGroups(input: OpinionGroupsInput, options: OpinionGroupsOptions): OpinionGroupsSnapshot {
  const matrix = buildVoteMatrix(input.votes, input.statements);
  const n = matrix.participantIds.length;
  const included = replayParticipantSelection(matrix, {
    ...(options.minimumVotes !== undefined ? { minimumVotes: options.minimumVotes } : {}),
    ...(options.minimumParticipants !== undefined ? { minimumParticipants: options.minimumParticipants } : {}),
  });
  const pca = pcaOfVotes(matrix);
  const projection = projectParticipants(matrix, pca);

  const includedRows: number[] = [];
  for (let r = 0; r < n; r++) if (included[r] === 1) includedRows.push(r);
  const points = new Float64Array(includedRows.length * 2);
  includedRows.forEach((r, i) => {
    points[2 * i] = projection[2 * r] as number;
    points[2 * i + 1] = projection[2 * r + 1] as number;
  });
  const clustering = clusterOpinions(points, {
    seed: options.seed,
    ...(options.baseClusters !== undefined ? { baseClusters: options.baseClusters } : {}),
    ...(options.maxGroups !== undefined ? { maxGroups: options.maxGroups } : {}),
  });

  const groupOfRow = new Int32Array(n).fill(-1);
  const baseMembers: string[][] = Array.from({ length: clustering.baseCount }, () => []);
  includedRows.forEach((r, i) => {
    const b = clustering.baseOfPoint[i] as number;
    groupOfRow[r] = clustering.groupOfBase[b] as number;
    baseMembers[b]?.push(matrix.participantIds[r] as string);
  });
  const groupIds = Array.from({ length: clustering.groupCount }, (_, g) => g);
  const analysis = analyseGroups(matrix, groupOfRow, groupIds);

  const groups = groupIds.map((g) => {
    const members: string[] = [];
    for (const r of includedRows) if (groupOfRow[r] === g) members.push(matrix.participantIds[r] as string);
    const baseClusterIds: number[] = [];
    clustering.groupOfBase.forEach((owner, b) => {
      if (owner === g) baseClusterIds.push(b);
    });
    return { id: g, members, baseClusterIds, x: clustering.groupCenters[2 * g] as number, y: clustering.groupCenters[2 * g + 1] as number };
  });

  return {
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
}
