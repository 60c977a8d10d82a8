import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Post, toPost } from './find-post.ts';
import '../tables.ts';

/** Where a cursor-paged list continues: after the post with this publication time and id. */
export interface PostCursor {
  publishedAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Encodes a list position for `nextCursor`. */
export function encodePostCursor(post: Pick<Post, 'publishedAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([post.publishedAt, post.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor; a damaged one answers null (the route turns that into a 422). */
export function decodePostCursor(cursor: string): PostCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [publishedAt, id] = value;
    if (typeof publishedAt !== 'string' || typeof id !== 'string' || !TIMESTAMP.test(publishedAt) || !ID.test(id)) return null;
    return { publishedAt, id };
  } catch {
    return null;
  }
}

/**
 * A process's published posts, newest first, after a cursor. Keyset paging by
 * (published_at, id) stays correct while new posts are published, where an
 * offset would skip or repeat items. Answers one more than `limit` when there are more.
 */
export async function listPostsAfter(
  db: Db,
  organisationId: string,
  processId: string,
  options: { limit: number; after: PostCursor | null },
): Promise<Post[]> {
  let query = db
    .selectFrom('news_posts')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('process_id', '=', processId)
    .where('status', '=', 'published');
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('published_at', '<', after.publishedAt), eb.and([eb('published_at', '=', after.publishedAt), eb('id', '<', after.id)])]),
    );
  }
  const rows = await query
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  return rows.map(toPost);
}
