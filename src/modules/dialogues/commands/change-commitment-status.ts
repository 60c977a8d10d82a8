import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Commitment } from '../model.ts';
import type { CommitmentStatus } from '../tables.ts';

/**
 * Moves a commitment of a held dialogue to a new status and writes the change to its history, in
 * one transaction. The update is conditional on the status the actor saw: of two changes at
 * once, the second is refused (409) rather than written over the first. The same status again
 * changes nothing and writes no history. The change is in the audit log too.
 */
export async function changeCommitmentStatus(
  db: Db,
  actor: Actor,
  commitment: Commitment,
  status: CommitmentStatus,
  now: Date,
): Promise<void> {
  if (commitment.status === status) return;
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('dialogue_commitments')
      .set({ status, updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'dialogue_commitments'))
      .where('id', '=', commitment.id)
      .where('status', '=', commitment.status)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw refuse.conflict('dialogues.commitment.changedMeanwhile');
    await trx
      .insertInto('dialogue_commitment_changes')
      .values({
        id: newId(),
        organisation_id: actor.organisationId,
        commitment_id: commitment.id,
        from_status: commitment.status,
        to_status: status,
        changed_by_user_id: actor.userId,
        changed_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.commitment.status',
        subjectType: 'dialogue_commitment',
        subjectId: commitment.id,
        details: { workCommunityId: commitment.workCommunityId, from: commitment.status, to: status },
      },
      now,
    );
  });
}
