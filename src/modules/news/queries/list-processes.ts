import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ProcessVisibility } from '../../processes/index.ts';

/** A phase as news needs it: to name it and to check it belongs to the post's process. */
export interface PhaseOption {
  id: string;
  processId: string;
  title: LocalizedText;
}

/** A process as news needs it: its address, title, visibility and phases. */
export interface ProcessOption {
  id: string;
  slug: string;
  title: LocalizedText;
  visibility: ProcessVisibility;
  phases: PhaseOption[];
}

/**
 * The organisation's processes with their phases, in two queries. The
 * processes module does not export a list yet, so this reads its tables
 * (read-only) for the admin form, the organisation-wide list and links.
 */
export async function listProcesses(db: Db, organisationId: string): Promise<ProcessOption[]> {
  const processes = await db
    .selectFrom('processes')
    .select(['id', 'slug', 'title', 'visibility'])
    .$call(inOrganisation(organisationId, 'processes'))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const phases = await db
    .selectFrom('process_phases')
    .select(['id', 'process_id', 'title'])
    .$call(inOrganisation(organisationId, 'process_phases'))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return processes.map((process) => ({
    id: process.id,
    slug: process.slug,
    title: parseJsonColumn<LocalizedText>(process.title, { fi: process.slug }),
    visibility: process.visibility,
    phases: phases
      .filter((phase) => phase.process_id === process.id)
      .map((phase) => ({ id: phase.id, processId: phase.process_id, title: parseJsonColumn<LocalizedText>(phase.title, { fi: '' }) })),
  }));
}
