import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { createPage } from '../commands/create-page.ts';
import { pageFormSchema } from '../schemas.ts';
import { pageFormAgain } from './page-form.tsx';

/** Writes a static page from the admin form (the API creates one with `PUT /pages/:slug`). */
export const createPageAction = defineAction({
  name: 'news.page.create',
  summary: 'Create a static page',
  tag: 'news',
  input: pageFormSchema,
  permission: 'news.page.manage',
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, input, now }) => createPage(context.db, actor, input, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/admin/news/pages/new',
    form: pageFormAgain('create', ({ request }) => `/${request.locale}/admin/news/pages/new`),
    refusalField: 'slug',
    refusalStatus: 422,
    done: () => ({ to: '/admin/news/pages', flash: 'news.adminPages.created' }),
  },
});
