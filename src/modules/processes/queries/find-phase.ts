import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { PhaseOption } from './list-process-options.ts';

/** The organisation's phase with this id (its name on a post, and the check that it belongs to the post's process). */
export async function findPhase(db: Db, organisationId: string, phaseId: string): Promise<PhaseOption | undefined> {
  const row = await db
    .selectFrom('process_phases')
    .select(['id', 'process_id', 'title'])
    .$call(inOrganisation(organisationId, 'process_phases'))
    .where('id', '=', phaseId)
    .executeTakeFirst();
  return row ? { id: row.id, processId: row.process_id, title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }) } : undefined;
}
