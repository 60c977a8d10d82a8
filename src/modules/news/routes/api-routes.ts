import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found, pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { invalid, notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { canViewPost } from '../loaders.ts';
import { postResponseSchema, postSummaryResponseSchema, presentPost, presentPostSummary } from '../presenters.ts';
import { findPostById } from '../queries/find-post.ts';
import { decodePostCursor, encodePostCursor, listPostsAfter } from '../queries/list-posts-after.ts';
import { idFromUrl } from '../url-keys.ts';
import { registerNewsPageApiRoutes } from './page-api-routes.ts';

const TAG = 'news';
const slugParams = z.object({ slug: z.string().min(1).max(200) });
const idParams = z.object({ id: z.string().min(1).max(200) });
/** The news API's reads: a process's posts with cursor paging and single posts (the writes are actions). */
export function registerNewsApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/posts',
    summary: 'Published posts of a process, newest first',
    tag: TAG,
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(postSummaryResponseSchema),
    handler: async ({ params, query, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const after = query.cursor ? decodePostCursor(query.cursor) : null;
      if (query.cursor && !after) throw invalid({ cursor: { key: 'news.api.cursorInvalid' } });
      const rows = await listPostsAfter(context.db, request.organisation.id, process.id, { limit: query.limit, after });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return { items: items.map(presentPostSummary), nextCursor: rows.length > query.limit && last ? encodePostCursor(last) : null };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/posts/:id',
    summary: 'One post with its body in every language',
    tag: TAG,
    params: idParams,
    response: postResponseSchema,
    handler: async ({ params, request }) => {
      const post = found(await findPostById(context.db, request.organisation.id, idFromUrl(params.id)));
      if (!(await canViewPost(context, request, post))) throw notFound();
      return presentPost(post);
    },
  });

  registerNewsPageApiRoutes(app, context);
}
