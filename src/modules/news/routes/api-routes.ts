import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found, pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { invalid, notFound } from '../../../platform/http/errors.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createPost } from '../commands/create-post.ts';
import { deletePost } from '../commands/delete-post.ts';
import { updatePost } from '../commands/update-post.ts';
import { findPostById, type Post } from '../queries/find-post.ts';
import { decodePostCursor, encodePostCursor, listPostsAfter } from '../queries/list-posts-after.ts';
import { type PostInput, postFieldsSchema, postFormSchema, postPatchSchema } from '../schemas.ts';
import { postOut, postSummaryOut, toPostOut, toPostSummaryOut } from './api-shapes.ts';
import { registerNewsPageApiRoutes } from './page-api-routes.ts';
import { idFromUrl } from './url-keys.ts';
import { canViewPost, findManageablePost, findVisibleProcess } from './visibility.ts';

const TAG = 'news';
const slugParams = z.object({ slug: z.string().min(1).max(200) });
const idParams = z.object({ id: z.string().min(1).max(200) });
const WRITE_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

function postToInput(post: Post): PostInput {
  const { processId, phaseId, kind, slug, title, summary, body, videoUrl, status } = post;
  return { processId, phaseId, kind, slug, title, summary, body, videoUrl, status };
}

/** The news API: a process's posts with cursor paging, single posts, and writes for their managers. */
export function registerNewsApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/posts',
    summary: 'Published posts of a process, newest first',
    tag: TAG,
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(postSummaryOut),
    handler: async ({ params, query, request }) => {
      const process = await findVisibleProcess(context, request, params.slug);
      const after = query.cursor ? decodePostCursor(query.cursor) : null;
      if (query.cursor && !after) throw invalid({ cursor: { key: 'news.api.cursorInvalid' } });
      const rows = await listPostsAfter(context.db, request.organisation.id, process.id, { limit: query.limit, after });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return { items: items.map(toPostSummaryOut), nextCursor: rows.length > query.limit && last ? encodePostCursor(last) : null };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/posts/:id',
    summary: 'One post with its body in every language',
    tag: TAG,
    params: idParams,
    response: postOut,
    handler: async ({ params, request }) => {
      const post = found(await findPostById(context.db, request.organisation.id, idFromUrl(params.id)));
      if (!(await canViewPost(context, request, post))) throw notFound();
      return toPostOut(post);
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/posts',
    summary: 'Create a post (draft or published) in a process',
    tag: TAG,
    errors: [409],
    params: slugParams,
    body: postFieldsSchema,
    response: postOut,
    status: 201,
    permission: 'news.admin.list',
    rateLimit: WRITE_RATE_LIMIT,
    handler: async ({ params, body, request }) => {
      const process = await findVisibleProcess(context, request, params.slug);
      authorize(context.authorizer, request, 'news.post.manage', { processId: process.id });
      const id = await createPost(context.db, request.identity.actor, { ...body, processId: process.id }, context.clock.now());
      return toPostOut(found(await findPostById(context.db, request.organisation.id, id)));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/posts/:id',
    summary: 'Change some fields of a post; publishing the first time sets publishedAt',
    tag: TAG,
    errors: [409],
    params: idParams,
    body: postPatchSchema,
    response: postOut,
    permission: 'news.admin.list',
    rateLimit: WRITE_RATE_LIMIT,
    handler: async ({ params, body, request }) => {
      const post = await findManageablePost(context, request, params.id);
      const input = parse(postFormSchema, { ...postToInput(post), ...body });
      await updatePost(context.db, request.identity.actor, post.id, input, context.clock.now());
      return toPostOut(found(await findPostById(context.db, request.organisation.id, post.id)));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/posts/:id',
    summary: 'Delete a post',
    tag: TAG,
    params: idParams,
    status: 204,
    permission: 'news.admin.list',
    rateLimit: WRITE_RATE_LIMIT,
    handler: async ({ params, request }) => {
      const post = await findManageablePost(context, request, params.id);
      await deletePost(context.db, request.identity.actor, post.id, context.clock.now());
      return undefined;
    },
  });

  registerNewsPageApiRoutes(app, context);
}
