import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { RecordScene } from '../loaders.ts';

/**
 * Opens a work community's dialogue of a round (under way): its record, empty. Opening one
 * already opened changes nothing; two leads opening at once make one record (the unique
 * constraint decides). Answers the record's id.
 */
export async function openRecord(db: Db, actor: Actor, scene: Pick<RecordScene, 'round' | 'community'>, now: Date): Promise<string> {
  const existing = async () =>
    (
      await db
        .selectFrom('dialogue_records')
        .select('id')
        .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
        .where('round_id', '=', scene.round.id)
        .where('work_community_id', '=', scene.community.id)
        .executeTakeFirstOrThrow()
    ).id;
  const id = newId();
  const at = now.toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('dialogue_records')
        .values({
          id,
          organisation_id: actor.organisationId,
          round_id: scene.round.id,
          work_community_id: scene.community.id,
          status: 'under_way',
          held_on: null,
          participants: null,
          answers: '[]',
          late: 0,
          visibility: 'unit',
          workshop_id: null,
          opened_by_user_id: actor.userId,
          submitted_by_user_id: null,
          submitted_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await recordAudit(
        trx,
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'dialogues.record.open',
          subjectType: 'dialogue_round',
          subjectId: scene.round.id,
          details: { workCommunityId: scene.community.id },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) return existing();
    throw error;
  }
  return id;
}
