import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { found } from '../../../platform/http/api.ts';
import { createPage } from '../commands/create-page.ts';
import { updatePage } from '../commands/update-page.ts';
import { pageResponseSchema, presentPage } from '../presenters.ts';
import { findPageBySlug } from '../queries/find-page.ts';
import { pageFieldsSchema, slugSchema } from '../schemas.ts';

/** Creates or replaces the static page at a slug (the API's upsert; the admin forms create and edit separately). */
export const putPageAction = defineAction({
  name: 'news.page.put',
  summary: 'Create or replace a static page',
  tag: 'news',
  params: z.object({ slug: slugSchema }),
  input: pageFieldsSchema,
  permission: 'news.page.manage',
  load: ({ context, actor, params }) => findPageBySlug(context.db, actor.organisationId, params.slug),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, params, input, now }) => {
    const page = { ...input, slug: params.slug };
    if (subject) await updatePage(context.db, actor, subject.id, page, now);
    else await createPage(context.db, actor, page, now);
  },
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'PUT',
    url: '/pages/:slug',
    response: pageResponseSchema,
    present: async ({ context, actor, params }) => presentPage(found(await findPageBySlug(context.db, actor.organisationId, params.slug))),
    errors: [409],
  },
});
