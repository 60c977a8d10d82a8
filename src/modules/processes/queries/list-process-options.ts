import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ProcessVisibility } from '../tables.ts';

/** A phase as pickers and links need it: its name and its process. */
export interface PhaseOption {
  id: string;
  processId: string;
  title: LocalizedText;
}

/** A process as pickers and links need it: its address, title, visibility and phases. */
export interface ProcessOption {
  id: string;
  slug: string;
  title: LocalizedText;
  visibility: ProcessVisibility;
  phases: PhaseOption[];
}

/**
 * Every process of the organisation with its phases, in two queries, whatever
 * their visibility (callers filter by view permission): for pickers, lists and links.
 */
export async function listProcessOptions(db: Db, organisationId: string): Promise<ProcessOption[]> {
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
