import type { Selectable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { InsightCodebooksTable } from '../tables.ts';
import type { Codebook, CodebookSummary, CodebookTheme } from './codebook-model.ts';
import '../tables.ts';

const summaryOf = (row: Pick<Selectable<InsightCodebooksTable>, 'id' | 'process_id' | 'source_run_id' | 'theme_count' | 'created_at'>) => ({
  id: row.id,
  processId: row.process_id,
  sourceRunId: row.source_run_id,
  themeCount: row.theme_count,
  createdAt: row.created_at,
});

/** A process's saved codebooks, newest first. */
export async function listCodebooks(db: Db, organisationId: string, processId: string, limit = 20): Promise<CodebookSummary[]> {
  const rows = await db
    .selectFrom('insight_codebooks')
    .select(['id', 'process_id', 'source_run_id', 'theme_count', 'created_at'])
    .$call(inOrganisation(organisationId, 'insight_codebooks'))
    .where('process_id', '=', processId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(summaryOf);
}

/** A codebook of the process with its themes; another process's, another organisation's or an unknown id is undefined. */
export async function findCodebook(db: Db, organisationId: string, processId: string, codebookId: string): Promise<Codebook | undefined> {
  const row = await db
    .selectFrom('insight_codebooks')
    .selectAll()
    .$call(inOrganisation(organisationId, 'insight_codebooks'))
    .where('process_id', '=', processId)
    .where('id', '=', codebookId)
    .executeTakeFirst();
  return row ? { ...summaryOf(row), themes: parseJsonColumn<CodebookTheme[]>(row.themes, []) } : undefined;
}
