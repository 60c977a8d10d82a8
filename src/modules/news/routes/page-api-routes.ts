import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { pageResponseSchema, presentPage } from '../presenters.ts';
import { findPageBySlug } from '../queries/find-page.ts';
import { slugFromUrl } from '../url-keys.ts';

/** Static pages in the API: anyone reads (organisation admins create or replace one with the `news.page.put` action). */
export function registerNewsPageApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/pages/:slug',
    summary: 'A static page with its body in every language',
    tag: 'news',
    params: z.object({ slug: z.string().min(1).max(200) }),
    response: pageResponseSchema,
    handler: async ({ params, request }) =>
      presentPage(found(await findPageBySlug(context.db, request.organisation.id, slugFromUrl(params.slug)))),
  });
}
