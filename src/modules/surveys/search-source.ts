import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages, type SearchDocument } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: published surveys that anyone may answer, in public
 * processes, and the public results of published surveys (kind `results`). Drafts, surveys for the
 * signed-in, units or bodies, and results not made public never.
 */
export const surveysSearchSource = defineSearchSource({
  kinds: ['survey', 'results'],
  async list(context, organisationId, filter) {
    if (filter && filter.ids.length === 0) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const surveys = await context.db
      .selectFrom('surveys')
      .select(['id', 'process_id', 'title', 'description', 'audience', 'results_public'])
      .$call(inOrganisation(organisationId, 'surveys'))
      .where('status', '=', 'published')
      .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
      .execute();
    const documents: SearchDocument[] = [];
    for (const survey of surveys) {
      const slug = slugs.get(survey.process_id);
      if (slug === undefined) continue;
      const path = `/processes/${slug}/surveys/${survey.id}`;
      if (survey.audience === 'anyone' && (!filter || filter.kind === 'survey')) {
        const base = { kind: 'survey', sourceId: survey.id, processId: survey.process_id, path };
        documents.push(...documentsInLanguages(base, lt(survey.title), [lt(survey.description)]));
      }
      if (survey.results_public === 1 && (!filter || filter.kind === 'results')) {
        const base = { kind: 'results', sourceId: survey.id, processId: survey.process_id, path: `${path}/results` };
        documents.push(...documentsInLanguages(base, lt(survey.title), [lt(survey.description)]));
      }
    }
    return documents;
  },
});
