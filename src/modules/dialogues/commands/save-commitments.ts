import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { RecordScene } from '../loaders.ts';
import type { CommitmentInput } from '../schemas.ts';

/** A commitment as saved: its id (kept across edits) and what it says. */
export interface SavedCommitment {
  id: string;
  what: string;
  whoRole: string;
  dueOn: string | null;
}

/**
 * Writes a record's commitments in the caller's transaction, by position: the one at a position
 * keeps its id and status when reworded, new ones are planned, those past the new count are removed.
 */
export async function saveCommitments(
  trx: Db,
  organisationId: string,
  scene: Pick<RecordScene, 'round' | 'community'>,
  recordId: string,
  commitments: readonly CommitmentInput[],
  now: Date,
): Promise<{ kept: SavedCommitment[]; removed: string[] }> {
  const at = now.toISOString();
  const existing = await trx
    .selectFrom('dialogue_commitments')
    .select(['id', 'position'])
    .$call(inOrganisation(organisationId, 'dialogue_commitments'))
    .where('record_id', '=', recordId)
    .orderBy('position')
    .execute();
  const kept: SavedCommitment[] = [];
  for (const [position, commitment] of commitments.entries()) {
    const old = existing.find((row) => row.position === position);
    const values = { what: commitment.what, who_role: commitment.whoRole, due_on: commitment.dueOn, updated_at: at };
    if (old) {
      await trx.updateTable('dialogue_commitments').set(values).where('id', '=', old.id).execute();
      kept.push({ id: old.id, ...commitment });
    } else {
      const id = newId();
      await trx
        .insertInto('dialogue_commitments')
        .values({
          id,
          organisation_id: organisationId,
          record_id: recordId,
          round_id: scene.round.id,
          work_community_id: scene.community.id,
          position,
          status: 'planned',
          objective_id: null,
          created_at: at,
          ...values,
        })
        .execute();
      kept.push({ id, ...commitment });
    }
  }
  const removed = existing.filter((row) => row.position >= commitments.length).map((row) => row.id);
  if (removed.length > 0) {
    await trx
      .deleteFrom('dialogue_commitments')
      .$call(inOrganisation(organisationId, 'dialogue_commitments'))
      .where('id', 'in', removed)
      .execute();
  }
  return { kept, removed };
}
