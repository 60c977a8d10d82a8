import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import '../tables.ts';

/** A published post as a list shows it. */
export interface PostSummary {
  id: string;
  slug: string;
  kind: 'blog' | 'media_release';
  title: LocalizedText;
  summary: LocalizedText;
  publishedAt: string;
  phaseId: string | null;
}

/** The newest published posts of a process, in one query. */
export async function listLatestPosts(db: Db, organisationId: string, processId: string, limit: number): Promise<PostSummary[]> {
  const rows = await db
    .selectFrom('news_posts')
    .select(['id', 'slug', 'kind', 'title', 'summary', 'published_at', 'phase_id'])
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('process_id', '=', processId)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: row.slug }),
    summary: parseJsonColumn<LocalizedText>(row.summary, { fi: '' }),
    publishedAt: row.published_at ?? '',
    phaseId: row.phase_id,
  }));
}
