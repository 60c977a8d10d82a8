import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { loadNote, noteWithDuplicates, requireArranging, requireShown } from './cluster-rules.ts';
import { lockWorkshop } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/**
 * Merges a note into a duplicate of it on the same wall: it then shows under
 * that note, in that note's cluster, and its dots go with it. Both notes stay
 * (and stay contributions); "separate" undoes it.
 */
export async function mergeNote(db: Db, workshopRef: Workshop, noteId: string, intoNoteId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await loadNote(trx, workshop, noteId);
    const found = await loadNote(trx, workshop, intoNoteId);
    // Merging into a duplicate means merging into its original.
    const target = found.merged_into_id ? await loadNote(trx, workshop, found.merged_into_id) : found;
    await requireArranging(trx, workshop, note.prompt_id);
    requireShown(note);
    requireShown(target);
    if (target.id === note.id || target.prompt_id !== note.prompt_id || target.group_id !== note.group_id) {
      throw refuse.invalid({ intoNoteId: { key: 'workshops.note.mergeOtherWall' } });
    }
    const ids = await noteWithDuplicates(trx, workshop, note.id);
    const scope = inOrganisation(workshop.organisationId, 'workshop_notes');
    await trx
      .updateTable('workshop_notes')
      .set({ merged_into_id: target.id, cluster_id: target.cluster_id, updated_at: now.toISOString() })
      .$call(scope)
      .where('id', 'in', ids)
      .execute();
    await trx
      .updateTable('workshop_votes')
      .set({ note_id: target.id })
      .$call(inOrganisation(workshop.organisationId, 'workshop_votes'))
      .where('note_id', 'in', ids)
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: [...ids, target.id] }, now);
  });
}
