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
 * draft. A dialogue already live answers its room; one already held is refused (409). The room is
 * made under the record's row lock (a locked read-then-insert: the first statement updates the
 * row, which PostgreSQL locks until the commit and SQLite's single writer serialises), so of two
 * presses at once the second waits, finds the first's room and answers it: no spare room is left.
 * Answers the room's id.
 */
export async function openLiveDialogue(db: Db, actor: Actor, scene: RecordScene, now: Date): Promise<string> {
  if (scene.record?.status === 'held') throw refuse.conflict('dialogues.live.alreadyHeld');
  if (scene.record?.workshopId) return scene.record.workshopId;
  const recordId = scene.record?.id ?? (await openRecord(db, actor, scene, now));
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable('dialogue_records')
      .set({ updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', recordId)
      .returning(['workshop_id', 'status'])
      .executeTakeFirstOrThrow();
    if (locked.status === 'held') throw refuse.conflict('dialogues.live.alreadyHeld');
    if (locked.workshop_id) return locked.workshop_id;
    const workshopId = await createWorkshop(
      trx,
      actor,
      scene.round.processId,
      // The one who opens it runs it: a lead needs no facilitator's role of the process.
      { ...liveRoomSettings(scene), hostUserId: actor.userId },
      now,
    );
    await trx
      .updateTable('dialogue_records')
      .set({ workshop_id: workshopId })
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', recordId)
      .execute();
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
