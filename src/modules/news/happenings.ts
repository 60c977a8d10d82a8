import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { type HappeningSource, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';

/** News for followers: the process's posts published in the window (one query). */
export const newsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('news_posts')
    .select(['id', 'slug', 'title', 'published_at'])
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('process_id', '=', process.id)
    .where('status', '=', 'published')
    .where('published_at', '>', bounds.from)
    .where('published_at', '<=', bounds.to)
    .orderBy('published_at')
    .execute();
  return rows.map((row) => ({
    kind: 'news-posted' as const,
    module: 'news',
    id: row.id,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    path: `/processes/${process.slug}/news/${row.slug}`,
    at: row.published_at ?? bounds.to,
  }));
};
