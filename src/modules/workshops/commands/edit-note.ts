import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { requireCurrentStage } from './load-prompt.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';
import { checkNoteLength, findOwnNote, requireNotHiddenByFacilitator } from './note-rules.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/** Changes the participant's own note while writing on its prompt is open; its contribution follows. */
export async function editNote(
  db: Db,
  workshopRef: Workshop,
  participantId: string,
  noteId: string,
  text: string,
  now: Date,
): Promise<void> {
  await inWorkshopCommit(db, workshopRef, async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await findOwnNote(trx, workshop, noteId, participantId);
    requireOpen(workshop);
    requireUnlocked(workshop);
    await requireCurrentStage(trx, workshop, ['writing'], 'workshops.note.writingClosed', note.prompt_id);
    requireNotHiddenByFacilitator(note);
    checkNoteLength(workshop, text);
    await trx
      .updateTable('workshop_notes')
      .set({ text, updated_at: now.toISOString() })
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('id', '=', noteId)
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: [noteId] }, now);
  });
}
