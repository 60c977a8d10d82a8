import type { Db } from '../../../platform/db/database.ts';
import { groupLabel } from '../model.ts';
import { findLatestSnapshot } from './find-latest-snapshot.ts';
import { listStatements } from './list-statements.ts';

/** One group's answers to one statement, as shares of the group's members who voted on it. */
export interface GroupShare {
  groupId: number;
  label: string;
  /** Members of the group (all of them, voters on this statement or not). */
  size: number;
  /** Members who voted on the statement; the shares are of these. */
  voted: number;
  agree: number;
  disagree: number;
  pass: number;
}

/** A statement with each opinion group's agree, disagree and pass shares. */
export interface StatementGroupShares {
  statementId: string;
  number: number;
  text: string;
  language: string;
  hidden: boolean;
  groups: GroupShare[];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Each statement's agree / disagree / pass shares per opinion group, from the
 * channel's newest snapshot (empty before the first computation). For the
 * insights module: which voices unite or divide the groups.
 */
export async function listStatementGroupShares(db: Db, organisationId: string, channelId: string): Promise<StatementGroupShares[]> {
  const snapshot = await findLatestSnapshot(db, organisationId, channelId);
  if (!snapshot) return [];
  const statements = await listStatements(db, organisationId, channelId, ['published', 'hidden']);
  const { groups, repness } = snapshot.result;
  const stats = new Map(repness.map((entry) => [entry.groupId, new Map(entry.stats.map((stat) => [stat.statementId, stat]))]));
  return statements.map((statement) => ({
    statementId: statement.id,
    number: statement.number,
    text: statement.text,
    language: statement.language,
    hidden: statement.status === 'hidden',
    groups: groups.map((group) => {
      const stat = stats.get(group.id)?.get(String(statement.number));
      const seen = stat?.seen ?? 0;
      const agrees = stat?.agrees ?? 0;
      const disagrees = stat?.disagrees ?? 0;
      return {
        groupId: group.id,
        label: groupLabel(group.id),
        size: group.members.length,
        voted: seen,
        agree: share(agrees, seen),
        disagree: share(disagrees, seen),
        pass: share(seen - agrees - disagrees, seen),
      };
    }),
  }));
}
