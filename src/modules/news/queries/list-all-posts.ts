import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Post, toPost } from './find-post.ts';
import '../tables.ts';

/** The most posts the admin list shows at once. */
export const ADMIN_POST_LIMIT = 500;

/** Every post of the organisation, drafts included, most recently changed first (for the admin list). */
export async function listAllPosts(db: Db, organisationId: string): Promise<Post[]> {
  const rows = await db
    .selectFrom('news_posts')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_posts'))
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(ADMIN_POST_LIMIT)
    .execute();
  return rows.map(toPost);
}
