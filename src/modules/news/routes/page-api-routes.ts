import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createPage } from '../commands/create-page.ts';
import { updatePage } from '../commands/update-page.ts';
import { findPageBySlug } from '../queries/find-page.ts';
import { pageFieldsSchema, slugSchema } from '../schemas.ts';
import { pageOut, toPageOut } from './api-shapes.ts';
import { slugFromUrl } from './url-keys.ts';

/** Static pages in the API: anyone reads, organisation admins create or replace. */
export function registerNewsPageApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/pages/:slug',
    summary: 'A static page with its body in every language',
    tag: 'news',
    params: z.object({ slug: z.string().min(1).max(200) }),
    response: pageOut,
    handler: async ({ params, request }) =>
      toPageOut(found(await findPageBySlug(context.db, request.organisation.id, slugFromUrl(params.slug)))),
  });

  context.api.add(app, {
    method: 'PUT',
    url: '/pages/:slug',
    summary: 'Create or replace a static page',
    tag: 'news',
    errors: [409],
    params: z.object({ slug: slugSchema }),
    body: pageFieldsSchema,
    response: pageOut,
    permission: 'news.page.manage',
    rateLimit: { max: 60, timeWindow: '1 minute' },
    handler: async ({ params, body, request }) => {
      const organisationId = request.organisation.id;
      const existing = await findPageBySlug(context.db, organisationId, params.slug);
      const input = { ...body, slug: params.slug };
      if (existing) await updatePage(context.db, request.identity.actor, existing.id, input, context.clock.now());
      else await createPage(context.db, request.identity.actor, input, context.clock.now());
      return toPageOut(found(await findPageBySlug(context.db, organisationId, params.slug)));
    },
  });
}
