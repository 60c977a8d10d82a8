import type { Db } from '../../platform/db/database.ts';
import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages, type SearchDocument } from '../../platform/search/source.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: public processes (title, summary, story) and their phases
 * (title, description), both shown on the process page. Draft and internal processes never.
 */
export const processesSearchSource = defineSearchSource({
  kinds: ['process', 'phase'],
  async list(context, organisationId, filter) {
    const processes = await context.db
      .selectFrom('processes')
      .select(['id', 'slug', 'title', 'summary', 'story'])
      .$call(inOrganisation(organisationId, 'processes'))
      .where('visibility', '=', 'public')
      .execute();
    const documents: SearchDocument[] = [];
    const wanted = (kind: string, id: string) => !filter || (filter.kind === kind && filter.ids.includes(id));
    for (const process of processes) {
      if (!wanted('process', process.id)) continue;
      const base = { kind: 'process', sourceId: process.id, processId: process.id, path: `/processes/${process.slug}` };
      documents.push(...documentsInLanguages(base, lt(process.title), [lt(process.summary), lt(process.story)]));
    }
    if (filter && filter.kind !== 'phase') return documents;
    const slugs = new Map(processes.map((process) => [process.id, process.slug]));
    const phases = await context.db
      .selectFrom('process_phases')
      .select(['id', 'process_id', 'title', 'description'])
      .$call(inOrganisation(organisationId, 'process_phases'))
      .execute();
    for (const phase of phases) {
      const slug = slugs.get(phase.process_id);
      if (slug === undefined || !wanted('phase', phase.id)) continue;
      const base = { kind: 'phase', sourceId: phase.id, processId: phase.process_id, path: `/processes/${slug}` };
      documents.push(...documentsInLanguages(base, lt(phase.title), [lt(phase.description)]));
    }
    return documents;
  },
});

/** The slug of each public process of the organisation, by id: what other modules' search sources index under. */
export async function listPublicProcessSlugs(context: { db: Db }, organisationId: string): Promise<Map<string, string>> {
  const rows = await context.db
    .selectFrom('processes')
    .select(['id', 'slug'])
    .$call(inOrganisation(organisationId, 'processes'))
    .where('visibility', '=', 'public')
    .execute();
  return new Map(rows.map((row) => [row.id, row.slug]));
}
