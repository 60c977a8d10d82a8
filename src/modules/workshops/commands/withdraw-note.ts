import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { deleteContribution } from '../../contributions/index.ts';
import type { Workshop } from '../model.ts';
import { requireCurrentStage } from './load-prompt.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';
import { findOwnNote } from './note-rules.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/**
 * Withdraws the participant's own note while writing on its prompt is open:
 * the note and its contribution are deleted (it is their voice to take back).
 */
export async function withdrawNote(db: Db, workshopRef: Workshop, participantId: string, noteId: string, now: Date): Promise<void> {
  await inWorkshopCommit(db, workshopRef, async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await findOwnNote(trx, workshop, noteId, participantId);
    requireOpen(workshop);
    requireUnlocked(workshop);
    await requireCurrentStage(trx, workshop, ['writing'], 'workshops.note.writingClosed', note.prompt_id);
    const duplicates = await trx
      .selectFrom('workshop_notes')
      .select('id')
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('merged_into_id', '=', noteId)
      .execute();
    await trx
      .deleteFrom('workshop_notes')
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('id', '=', noteId)
      .execute();
    await deleteContribution(trx, workshop.organisationId, 'workshop_note', noteId);
    // Its duplicates stand on their own again (the database cleared their link).
    await recordNoteContributions(trx, workshop, { noteIds: duplicates.map((row) => row.id) }, now);
  });
}
