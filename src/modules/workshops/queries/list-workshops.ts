import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { toWorkshop, type Workshop } from '../model.ts';
import '../tables.ts';

/** The workshops of one process, newest first; `resultsPublicOnly` for visitors. */
export async function listProcessWorkshops(
  db: Db,
  organisationId: string,
  processId: string,
  options: { resultsPublicOnly: boolean },
): Promise<Workshop[]> {
  let query = db
    .selectFrom('workshops')
    .selectAll()
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('process_id', '=', processId)
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (options.resultsPublicOnly) query = query.where('results_public', '=', 1);
  return (await query.execute()).map(toWorkshop);
}

/** Every workshop of the organisation with its process title, newest first (the admin list filters by permission). */
export async function listAllWorkshops(
  db: Db,
  organisationId: string,
): Promise<Array<{ workshop: Workshop; processTitle: string; notes: number }>> {
  const rows = await db
    .selectFrom('workshops')
    .innerJoin('processes', 'processes.id', 'workshops.process_id')
    .selectAll('workshops')
    .select('processes.title as process_title')
    .$call(inOrganisation(organisationId, 'workshops'))
    .orderBy('workshops.created_at', 'desc')
    .orderBy('workshops.id')
    .execute();
  const counts = await db
    .selectFrom('workshop_notes')
    .select(['workshop_id', (eb) => eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'workshop_notes'))
    .groupBy('workshop_id')
    .execute();
  return rows.map(({ process_title, ...row }) => ({
    workshop: toWorkshop(row),
    processTitle: process_title,
    notes: Number(counts.find((count) => count.workshop_id === row.id)?.count ?? 0),
  }));
}
