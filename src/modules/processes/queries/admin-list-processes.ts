import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Process, toProcess } from './find-process.ts';
import '../tables.ts';

/** Every process of the organisation, whatever its visibility, newest first (callers filter by permission). */
export async function listProcessesForAdmin(db: Db, organisationId: string): Promise<Process[]> {
  const rows = await db
    .selectFrom('processes')
    .selectAll()
    .$call(inOrganisation(organisationId, 'processes'))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toProcess);
}
