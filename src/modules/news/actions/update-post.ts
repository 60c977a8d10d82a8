import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { found } from '../../../platform/http/api.ts';
import { parse } from '../../../platform/http/validation.ts';
import { updatePost } from '../commands/update-post.ts';
import { loadManagedPost } from '../loaders.ts';
import { postResponseSchema, presentPost } from '../presenters.ts';
import { findPostById, type Post } from '../queries/find-post.ts';
import { type PostInput, postFormSchema, postPatchSchema } from '../schemas.ts';
import { postFormAgain } from './post-form.tsx';

function postToInput(post: Post): PostInput {
  const { processId, phaseId, kind, slug, title, summary, body, videoUrl, status } = post;
  return { processId, phaseId, kind, slug, title, summary, body, videoUrl, status };
}

/** Changes a post: the whole form on the admin page, any subset of fields through the API; publishing the first time sets publishedAt. */
export const updatePostAction = defineAction({
  name: 'news.post.update',
  summary: 'Change some fields of a post; publishing the first time sets publishedAt',
  tag: 'news',
  params: z.object({ id: z.string().min(1).max(200) }),
  input: postFormSchema,
  permission: 'news.admin.list',
  load: ({ context, request, params }) => loadManagedPost(context, request, params.id),
  // The post may move to another process: the actor must manage that one too.
  authorize: { permission: 'news.post.manage', resource: ({ input }) => ({ processId: input.processId }) },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => updatePost(context.db, actor, subject.id, input, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'PATCH',
    url: '/posts/:id',
    body: postPatchSchema,
    toInput: ({ subject, input }) => parse(postFormSchema, { ...postToInput(subject), ...(input as object) }),
    response: postResponseSchema,
    present: async ({ context, actor, subject }) => presentPost(found(await findPostById(context.db, actor.organisationId, subject.id))),
    errors: [409],
  },
  page: {
    url: '/admin/news/:id/edit',
    form: postFormAgain('edit', ({ request, params }) => `/${request.locale}/admin/news/${(params as { id: string }).id}/edit`),
    refusalField: 'slug',
    refusalStatus: 422,
    done: () => ({ to: '/admin/news', flash: 'news.admin.saved' }),
  },
});
