import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { loadNote, requireArranging } from './cluster-rules.ts';
import { lockWorkshop } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/** Undoes a merge: the note stands on its own again, in the same cluster. */
export async function separateNote(db: Db, workshopRef: Workshop, noteId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await loadNote(trx, workshop, noteId);
    await requireArranging(trx, workshop, note.prompt_id);
    await trx
      .updateTable('workshop_notes')
      .set({ merged_into_id: null, updated_at: now.toISOString() })
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('id', '=', note.id)
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: [note.id] }, now);
  });
}
