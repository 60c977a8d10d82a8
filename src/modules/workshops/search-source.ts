import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: the results of workshops whose facilitator made them public,
 * in public processes (kind `results`: the workshop's title and description). A live room, and
 * results not made public, never.
 */
export const workshopsSearchSource = defineSearchSource({
  kinds: ['results'],
  async list(context, organisationId, filter) {
    if (filter && (filter.kind !== 'results' || filter.ids.length === 0)) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const workshops = await context.db
      .selectFrom('workshops')
      .select(['id', 'process_id', 'title', 'description'])
      .$call(inOrganisation(organisationId, 'workshops'))
      .where('results_public', '=', 1)
      .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
      .execute();
    return workshops
      .filter((workshop) => slugs.has(workshop.process_id))
      .flatMap((workshop) =>
        documentsInLanguages(
          { kind: 'results', sourceId: workshop.id, processId: workshop.process_id, path: `/workshops/${workshop.id}/results` },
          lt(workshop.title),
          [lt(workshop.description)],
        ),
      );
  },
});
