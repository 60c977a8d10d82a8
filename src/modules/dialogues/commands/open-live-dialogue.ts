import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { createWorkshop } from '../../workshops/index.ts';
import type { RecordScene } from '../loaders.ts';
import { liveRoomSettings } from './live-room-settings.ts';
import { openRecord } from './open-record.ts';

/**
 * Holds a work community's dialogue live: opens its record (under way) if it is not yet, and a
 * workshop room with the round's questions as prompts, whose notes later flow into the record's
 * draft. A dialogue already live answers its room; one already held is refused (409). Of two
 * presses at once one room is linked (the update is conditional); the other press's room is left
 * unused, and both answer the linked one. Answers the room's id.
 */
export async function openLiveDialogue(db: Db, actor: Actor, scene: RecordScene, now: Date): Promise<string> {
  if (scene.record?.status === 'held') throw refuse.conflict('dialogues.live.alreadyHeld');
  if (scene.record?.workshopId) return scene.record.workshopId;
  const recordId = scene.record?.id ?? (await openRecord(db, actor, scene, now));
  const workshopId = await createWorkshop(db, actor, scene.round.processId, liveRoomSettings(scene), now);
  return db.transaction().execute(async (trx) => {
    const linked = await trx
      .updateTable('dialogue_records')
      .set({ workshop_id: workshopId, updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', recordId)
      .where('workshop_id', 'is', null)
      .where('status', '=', 'under_way')
      .executeTakeFirst();
    if (Number(linked.numUpdatedRows) !== 1) {
      const current = await trx
        .selectFrom('dialogue_records')
        .select(['workshop_id', 'status'])
        .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
        .where('id', '=', recordId)
        .executeTakeFirstOrThrow();
      if (current.status === 'held' || !current.workshop_id) throw refuse.conflict('dialogues.live.alreadyHeld');
      return current.workshop_id;
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.record.live',
        subjectType: 'dialogue_round',
        subjectId: scene.round.id,
        details: { workCommunityId: scene.community.id, workshopId },
      },
      now,
    );
    return workshopId;
  });
}
