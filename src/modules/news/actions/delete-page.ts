import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import { deletePage } from '../commands/delete-page.ts';
import { loadManagedPage, pageIdParams } from '../queries/find-manageable-page.ts';

/** Deletes a static page; the admin page asks first (a post without `confirm=yes` goes back to the question). */
export const deletePageAction = defineAction({
  name: 'news.page.delete',
  summary: 'Delete a static page',
  tag: 'news',
  params: pageIdParams,
  permission: 'news.page.manage',
  load: loadManagedPage,
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => deletePage(context.db, actor, subject.id, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/admin/news/pages/:id/delete',
    guard: ({ subject, body }) => (isFlagSet(body.confirm) ? undefined : `/admin/news/pages/${subject.id}/delete`),
    done: () => ({ to: '/admin/news/pages', flash: 'news.adminPages.deleted' }),
  },
});
