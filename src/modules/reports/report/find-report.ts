import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';
import type { BuiltReport, StoredReport } from './model.ts';

/** A process's report row, or null before anyone edited or published it. */
export async function findReport(db: Db, organisationId: string, processId: string): Promise<StoredReport | null> {
  const row = await db
    .selectFrom('reports')
    .selectAll()
    .$call(inOrganisation(organisationId, 'reports'))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    processId: row.process_id,
    sections: parseJsonColumn(row.sections, {}),
    licence: row.licence,
    published: row.published ? parseJsonColumn<BuiltReport | null>(row.published, null) : null,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}
