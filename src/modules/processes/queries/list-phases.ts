import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import '../tables.ts';

/** A phase (vaihe) of a process, with inclusive calendar dates 'YYYY-MM-DD'. */
export interface Phase {
  id: string;
  processId: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  startsOn: string;
  endsOn: string;
}

/** The phases of the given processes in one query, ordered by process, position and start date. */
export async function listPhases(db: Db, organisationId: string, processIds: readonly string[]): Promise<Phase[]> {
  if (processIds.length === 0) return [];
  const rows = await db
    .selectFrom('process_phases')
    .select(['id', 'process_id', 'position', 'title', 'description', 'starts_on', 'ends_on'])
    .$call(inOrganisation(organisationId, 'process_phases'))
    .where('process_id', 'in', processIds)
    .orderBy('process_id')
    .orderBy('position')
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    processId: row.process_id,
    position: row.position,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    description: parseJsonColumn<LocalizedText>(row.description, { fi: '' }),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  }));
}
