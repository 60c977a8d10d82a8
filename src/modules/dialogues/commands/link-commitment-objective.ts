import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { objectiveExists } from '../../goals/index.ts';
import type { Commitment, Round } from '../model.ts';

/**
 * Links a held dialogue's commitment to a unit objective of the round's process (or unlinks it with
 * null), so it is followed up with the objective. An objective of another process or organisation, or
 * none at all, is refused at the field (422). The same link again changes nothing.
 */
export async function linkCommitmentObjective(
  db: Db,
  actor: Actor,
  round: Pick<Round, 'id' | 'processId'>,
  commitment: Commitment,
  objectiveId: string | null,
  now: Date,
): Promise<void> {
  if (commitment.objectiveId === objectiveId) return;
  if (objectiveId !== null && !(await objectiveExists(db, actor.organisationId, objectiveId, round.processId))) {
    throw refuse.invalid({ objectiveId: { key: 'dialogues.commitment.unknownObjective' } });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('dialogue_commitments')
      .set({ objective_id: objectiveId, updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'dialogue_commitments'))
      .where('id', '=', commitment.id)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.commitment.link',
        subjectType: 'dialogue_commitment',
        subjectId: commitment.id,
        details: { roundId: round.id, from: commitment.objectiveId, to: objectiveId },
      },
      now,
    );
  });
}
