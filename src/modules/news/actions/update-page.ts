import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { updatePage } from '../commands/update-page.ts';
import { loadManagedPage, pageIdParams } from '../queries/find-manageable-page.ts';
import { pageFormSchema } from '../schemas.ts';
import { pageFormAgain } from './page-form.tsx';

/** Replaces a static page's slug, title and body from the admin form (the API replaces one with `PUT /pages/:slug`). */
export const updatePageAction = defineAction({
  name: 'news.page.update',
  summary: 'Change a static page',
  tag: 'news',
  params: pageIdParams,
  input: pageFormSchema,
  permission: 'news.page.manage',
  load: loadManagedPage,
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => updatePage(context.db, actor, subject.id, input, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/admin/news/pages/:id/edit',
    form: pageFormAgain('edit', ({ request, params }) => `/${request.locale}/admin/news/pages/${(params as { id: string }).id}/edit`),
    refusalField: 'slug',
    refusalStatus: 422,
    done: () => ({ to: '/admin/news/pages', flash: 'news.adminPages.saved' }),
  },
});
