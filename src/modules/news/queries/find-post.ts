import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { NewsPostsTable } from '../tables.ts';
import '../tables.ts';

/** A news post as pages, the API and commands see it. */
export interface Post {
  id: string;
  processId: string | null;
  phaseId: string | null;
  kind: NewsPostsTable['kind'];
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** Markdown in each language. */
  body: LocalizedText;
  videoUrl: string | null;
  status: NewsPostsTable['status'];
  publishedAt: string | null;
  authorUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Shapes a news_posts row. */
export function toPost(row: NewsPostsTable): Post {
  return {
    id: row.id,
    processId: row.process_id,
    phaseId: row.phase_id,
    kind: row.kind,
    slug: row.slug,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: row.slug }),
    summary: parseJsonColumn<LocalizedText>(row.summary, { fi: '' }),
    body: parseJsonColumn<LocalizedText>(row.body, { fi: '' }),
    videoUrl: row.video_url,
    status: row.status,
    publishedAt: row.published_at,
    authorUserId: row.author_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organisation's post with this id, draft or not (callers check who may see it). */
export async function findPostById(db: Db, organisationId: string, id: string): Promise<Post | undefined> {
  const row = await db
    .selectFrom('news_posts')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPost(row) : undefined;
}

/** The organisation's post with this slug (slugs are unique per organisation). */
export async function findPostBySlug(db: Db, organisationId: string, slug: string): Promise<Post | undefined> {
  const row = await db
    .selectFrom('news_posts')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toPost(row) : undefined;
}
