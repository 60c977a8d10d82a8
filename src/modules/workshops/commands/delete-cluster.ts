import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { loadCluster, requireArranging } from './cluster-rules.ts';
import { lockWorkshop } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/** Removes a cluster; its notes go back on the wall outside clusters, none is lost. */
export async function deleteCluster(db: Db, workshopRef: Workshop, clusterId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const cluster = await loadCluster(trx, workshop, clusterId);
    await requireArranging(trx, workshop, cluster.prompt_id);
    const notes = await trx
      .selectFrom('workshop_notes')
      .select('id')
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('cluster_id', '=', cluster.id)
      .execute();
    await trx
      .updateTable('workshop_notes')
      .set({ cluster_id: null })
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('cluster_id', '=', cluster.id)
      .execute();
    await trx
      .deleteFrom('workshop_clusters')
      .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
      .where('id', '=', cluster.id)
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: notes.map((note) => note.id) }, now);
  });
}
