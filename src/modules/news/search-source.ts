import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages, type SearchDocument } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: published posts of public processes and the organisation's
 * own posts (title, summary, body), and the static pages (the accessibility statement, the privacy
 * notice: always public). Drafts and posts of draft or internal processes never.
 */
export const newsSearchSource = defineSearchSource({
  kinds: ['news', 'page'],
  async list(context, organisationId, filter) {
    if (filter && filter.ids.length === 0) return [];
    const documents: SearchDocument[] = [];
    if (!filter || filter.kind === 'news') {
      const slugs = await listPublicProcessSlugs(context, organisationId);
      const posts = await context.db
        .selectFrom('news_posts')
        .select(['id', 'process_id', 'slug', 'title', 'summary', 'body'])
        .$call(inOrganisation(organisationId, 'news_posts'))
        .where('status', '=', 'published')
        .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
        .execute();
      for (const post of posts) {
        const processSlug = post.process_id === null ? null : slugs.get(post.process_id);
        if (processSlug === undefined) continue;
        const path = processSlug === null ? `/news/${post.slug}` : `/processes/${processSlug}/news/${post.slug}`;
        const base = { kind: 'news', sourceId: post.id, processId: post.process_id, path };
        documents.push(...documentsInLanguages(base, lt(post.title), [lt(post.summary), lt(post.body)]));
      }
    }
    if (!filter || filter.kind === 'page') {
      const pages = await context.db
        .selectFrom('news_pages')
        .select(['id', 'slug', 'title', 'body'])
        .$call(inOrganisation(organisationId, 'news_pages'))
        .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
        .execute();
      for (const page of pages) {
        const base = { kind: 'page', sourceId: page.id, processId: null, path: `/pages/${page.slug}` };
        documents.push(...documentsInLanguages(base, lt(page.title), [lt(page.body)]));
      }
    }
    return documents;
  },
});
