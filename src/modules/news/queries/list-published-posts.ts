import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Post, toPost } from './find-post.ts';
import '../tables.ts';

/** Which published posts a list shows: those of the given processes, and optionally those of no process. */
export interface PublishedPostFilter {
  processIds: string[];
  includeOrganisationWide: boolean;
}

/** One page of a list and how many there are in all. */
export interface PostPage {
  posts: Post[];
  total: number;
}

/** Published posts, newest first, one page at a time (offset paging for the public pages). */
export async function listPublishedPosts(
  db: Db,
  organisationId: string,
  filter: PublishedPostFilter,
  paging: { offset: number; limit: number },
): Promise<PostPage> {
  if (filter.processIds.length === 0 && !filter.includeOrganisationWide) return { posts: [], total: 0 };
  const base = db
    .selectFrom('news_posts')
    .$call(inOrganisation(organisationId, 'news_posts'))
    .where('status', '=', 'published')
    .where((eb) => {
      const options: Expression<SqlBool>[] = [];
      if (filter.processIds.length > 0) options.push(eb('process_id', 'in', filter.processIds));
      if (filter.includeOrganisationWide) options.push(eb('process_id', 'is', null));
      return eb.or(options);
    });
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst();
  const rows = await base
    .selectAll()
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .offset(paging.offset)
    .limit(paging.limit)
    .execute();
  return { posts: rows.map(toPost), total: Number(counted?.count ?? 0) };
}
