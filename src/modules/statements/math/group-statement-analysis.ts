/**
 * Everything that follows from a group membership: representativeness,
 * consensus, group-aware consensus and divisive statements.
 *
 * Kept apart from the clustering so it can be run on a membership supplied
 * from elsewhere (Polis's own groups in tests, or groups frozen by a
 * moderator) and give exactly the figures Polis would.
 */

import { consensusStatements, groupAwareConsensus } from './consensus.ts';
import { divisiveStatements } from './divisive.ts';
import { selectRepresentative } from './repness.ts';
import { groupStatementStats, tallyEveryone, tallyGroups } from './statement-stats.ts';
import type { GroupStatementAnalysis, OpinionGroupsInput } from './types.ts';
import { buildVoteMatrix, type VoteMatrix } from './vote-matrix.ts';

/**
 * Analysis for the groups given as a group index per matrix row (-1: in no
 * group); `groupIds[g]` is the id reported for group index g.
 */
export function analyseGroups(matrix: VoteMatrix, groupOfRow: Int32Array, groupIds: readonly number[]): GroupStatementAnalysis {
  const tallies = tallyGroups(matrix, groupOfRow, groupIds.length);
  const eligible = matrix.moderatedOut.map((out) => (out === 1 ? 0 : 1));
  const repness = groupIds.map((groupId, g) => {
    const stats = matrix.statementIds.map((id, c) => groupStatementStats(tallies, g, c, id));
    const candidates = stats.filter((_, c) => eligible[c] === 1);
    return { groupId, stats, representative: selectRepresentative(candidates) };
  });
  const divisive = divisiveStatements(tallies, matrix.statementIds, eligible).map((d) => ({
    ...d,
    mostAgreeingGroup: groupIds[d.mostAgreeingGroup] as number,
    mostDisagreeingGroup: groupIds[d.mostDisagreeingGroup] as number,
  }));
  return {
    repness,
    consensus: consensusStatements(tallyEveryone(matrix), matrix.statementIds, eligible),
    groupAwareConsensus: groupAwareConsensus(tallies, matrix.statementIds),
    divisive,
  };
}

/**
 * Representativeness, consensus, group-aware consensus and divisive
 * statements for an externally supplied membership. Participants named in
 * no group (or in several: the first wins) only count towards consensus.
 */
export function computeGroupStatementAnalysis(
  input: OpinionGroupsInput,
  groups: ReadonlyArray<{ id: number; members: readonly string[] }>,
): GroupStatementAnalysis {
  const matrix = buildVoteMatrix(input.votes, input.statements);
  const rowOf = new Map(matrix.participantIds.map((id, r) => [id, r] as const));
  const groupOfRow = new Int32Array(matrix.participantIds.length).fill(-1);
  groups.forEach((group, g) => {
    for (const member of group.members) {
      const r = rowOf.get(member);
      if (r !== undefined && groupOfRow[r] === -1) groupOfRow[r] = g;
    }
  });
  return analyseGroups(
    matrix,
    groupOfRow,
    groups.map((group) => group.id),
  );
}
