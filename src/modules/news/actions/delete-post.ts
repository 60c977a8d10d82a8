import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import { deletePost } from '../commands/delete-post.ts';
import { loadManagedPost } from '../loaders.ts';

/** Deletes a post; the admin page asks first (a post without `confirm=yes` goes back to the question). */
export const deletePostAction = defineAction({
  name: 'news.post.delete',
  summary: 'Delete a post',
  tag: 'news',
  params: z.object({ id: z.string().min(1).max(200) }),
  permission: 'news.admin.list',
  load: ({ context, request, params }) => loadManagedPost(context, request, params.id),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => deletePost(context.db, actor, subject.id, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'DELETE', url: '/posts/:id' },
  page: {
    url: '/admin/news/:id/delete',
    guard: ({ subject, body }) => (isFlagSet(body.confirm) ? undefined : `/admin/news/${subject.id}/delete`),
    done: () => ({ to: '/admin/news', flash: 'news.admin.deleted' }),
  },
});
