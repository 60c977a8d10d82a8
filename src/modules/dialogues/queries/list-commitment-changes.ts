import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { CommitmentStatus } from '../tables.ts';

/** One change of a commitment's status. */
export interface CommitmentChange {
  fromStatus: CommitmentStatus;
  toStatus: CommitmentStatus;
  changedAt: string;
}

/** The status histories of these commitments, oldest change first, by commitment id (one query). */
export async function listCommitmentChanges(
  db: Db,
  organisationId: string,
  commitmentIds: readonly string[],
): Promise<Map<string, CommitmentChange[]>> {
  const changes = new Map<string, CommitmentChange[]>();
  if (commitmentIds.length === 0) return changes;
  const rows = await db
    .selectFrom('dialogue_commitment_changes')
    .select(['commitment_id', 'from_status', 'to_status', 'changed_at'])
    .$call(inOrganisation(organisationId, 'dialogue_commitment_changes'))
    .where('commitment_id', 'in', [...commitmentIds])
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const change = { fromStatus: row.from_status, toStatus: row.to_status, changedAt: row.changed_at };
    changes.set(row.commitment_id, [...(changes.get(row.commitment_id) ?? []), change]);
  }
  return changes;
}
