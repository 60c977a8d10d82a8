import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { loadCluster, loadNote, noteWithDuplicates, requireArranging, requireShown } from './cluster-rules.ts';
import { lockWorkshop } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/**
 * Moves a note (with the duplicates merged into it) into a cluster of its own
 * wall, or out of clusters with `clusterId` null. Drag and drop and the
 * keyboard's "move to cluster" both end here.
 */
export async function moveNote(db: Db, workshopRef: Workshop, noteId: string, clusterId: string | null, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const note = await loadNote(trx, workshop, noteId);
    await requireArranging(trx, workshop, note.prompt_id);
    requireShown(note);
    if (clusterId) {
      const cluster = await loadCluster(trx, workshop, clusterId);
      if (cluster.prompt_id !== note.prompt_id || cluster.group_id !== note.group_id) {
        throw refuse.invalid({ clusterId: { key: 'workshops.cluster.otherWall' } });
      }
    }
    const ids = await noteWithDuplicates(trx, workshop, note.merged_into_id ?? note.id);
    await trx
      .updateTable('workshop_notes')
      .set({ cluster_id: clusterId, updated_at: now.toISOString() })
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('id', 'in', ids)
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: ids }, now);
  });
}
