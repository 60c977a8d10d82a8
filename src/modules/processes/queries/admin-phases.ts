import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ProcessPhasesTable } from '../tables.ts';
import '../tables.ts';

/** A phase as admin pages and the write API see it. */
export interface AdminPhase {
  id: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  startsOn: string;
  endsOn: string;
}

function toAdminPhase(row: ProcessPhasesTable): AdminPhase {
  return {
    id: row.id,
    position: row.position,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    description: parseJsonColumn<LocalizedText>(row.description, { fi: '' }),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

/** The phases of a process in their order. */
export async function listPhasesForAdmin(db: Db, organisationId: string, processId: string): Promise<AdminPhase[]> {
  const rows = await db
    .selectFrom('process_phases')
    .selectAll()
    .$call(inOrganisation(organisationId, 'process_phases'))
    .where('process_id', '=', processId)
    .orderBy('position')
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map(toAdminPhase);
}

/** One phase of a process, or undefined (foreign, unknown and other processes' phases alike). */
export async function findPhaseForAdmin(
  db: Db,
  organisationId: string,
  processId: string,
  phaseId: string,
): Promise<AdminPhase | undefined> {
  const row = await db
    .selectFrom('process_phases')
    .selectAll()
    .$call(inOrganisation(organisationId, 'process_phases'))
    .where('process_id', '=', processId)
    .where('id', '=', phaseId)
    .executeTakeFirst();
  return row ? toAdminPhase(row) : undefined;
}
