import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages, type SearchDocument } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: published channels open to anyone in public processes (their
 * question), and the public results of published channels (kind `results`). Drafts, channels for the
 * signed-in, staff or bodies, and results not made public never.
 */
export const statementsSearchSource = defineSearchSource({
  kinds: ['statements', 'results'],
  async list(context, organisationId, filter) {
    if (filter && filter.ids.length === 0) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const channels = await context.db
      .selectFrom('statement_channels')
      .select(['id', 'process_id', 'question', 'audience', 'results_public'])
      .$call(inOrganisation(organisationId, 'statement_channels'))
      .where('status', '=', 'published')
      .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
      .execute();
    const documents: SearchDocument[] = [];
    for (const channel of channels) {
      const slug = slugs.get(channel.process_id);
      if (slug === undefined) continue;
      const path = `/processes/${slug}/statements/${channel.id}`;
      if (channel.audience === 'anyone' && (!filter || filter.kind === 'statements')) {
        const base = { kind: 'statements', sourceId: channel.id, processId: channel.process_id, path };
        documents.push(...documentsInLanguages(base, lt(channel.question), []));
      }
      if (channel.results_public === 1 && (!filter || filter.kind === 'results')) {
        const base = { kind: 'results', sourceId: channel.id, processId: channel.process_id, path: `${path}/results` };
        documents.push(...documentsInLanguages(base, lt(channel.question), []));
      }
    }
    return documents;
  },
});
