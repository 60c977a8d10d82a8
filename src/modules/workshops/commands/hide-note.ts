import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { deleteContribution } from '../../contributions/index.ts';
import type { Workshop } from '../model.ts';
import { loadNote, noteWithDuplicates } from './cluster-rules.ts';
import { lockWorkshop, requireOpen } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/**
 * Hides a note (with the duplicates merged into it) from the room, or shows it
 * again, while the workshop is open, at any stage of its prompt: an
 * off-topic, repeated or inappropriate note leaves every wall but the
 * console's. Hiding takes its contributions out of the corpus and gives its
 * dots back to their participants (a dot on a hidden note would count for
 * nothing); showing it again records the contributions again, without the
 * dots. The note keeps its cluster, so it comes back where it was.
 */
export async function setNoteHidden(
  db: Db,
  actor: Actor,
  workshopRef: Workshop,
  noteId: string,
  hidden: boolean,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await loadNote(trx, workshop, noteId);
    requireOpen(workshop);
    const ids = await noteWithDuplicates(trx, workshop, note.id);
    await trx
      .updateTable('workshop_notes')
      .set({ hidden_at: hidden ? now.toISOString() : null, updated_at: now.toISOString() })
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('id', 'in', ids)
      .execute();
    if (hidden) {
      await trx
        .deleteFrom('workshop_votes')
        .$call(inOrganisation(workshop.organisationId, 'workshop_votes'))
        .where('workshop_id', '=', workshop.id)
        .where('note_id', 'in', ids)
        .execute();
      for (const id of ids) await deleteContribution(trx, workshop.organisationId, 'workshop_note', id);
    } else {
      await recordNoteContributions(trx, workshop, { noteIds: ids }, now);
    }
    await recordAudit(
      trx,
      {
        organisationId: workshop.organisationId,
        actorUserId: actor.userId,
        action: hidden ? 'workshops.note.hide' : 'workshops.note.unhide',
        subjectType: 'workshop',
        subjectId: workshop.id,
        details: { noteId: note.id, notes: ids.length },
      },
      now,
    );
  });
}
