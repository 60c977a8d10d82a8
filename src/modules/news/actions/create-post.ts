import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { found } from '../../../platform/http/api.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { createPost } from '../commands/create-post.ts';
import { postResponseSchema, presentPost } from '../presenters.ts';
import { findPostById } from '../queries/find-post.ts';
import { postFieldsSchema, postFormSchema } from '../schemas.ts';
import { postFormAgain } from './post-form.tsx';

/**
 * Writes a post: on the admin page the process is chosen in the form (empty = the whole
 * organisation); through the API the post goes in the process its path names.
 */
export const createPostAction = defineAction({
  name: 'news.post.create',
  summary: 'Create a post (draft or published) in a process',
  tag: 'news',
  input: postFormSchema,
  permission: 'news.admin.list',
  load: async ({ context, request, params, surface }) =>
    surface === 'api' ? await loadVisibleProcess(context, request.identity.actor, (params as { slug: string }).slug) : null,
  authorize: { permission: 'news.post.manage', resource: ({ subject, input }) => ({ processId: subject?.id ?? input.processId }) },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) =>
    createPost(context.db, actor, { ...input, processId: subject?.id ?? input.processId }, now),
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/processes/:slug/posts',
    params: z.object({ slug: z.string().min(1).max(200) }),
    body: postFieldsSchema,
    toInput: ({ input }) => ({ ...(input as z.output<typeof postFieldsSchema>), processId: null }),
    status: 201,
    response: postResponseSchema,
    present: async ({ context, actor }, id) => presentPost(found(await findPostById(context.db, actor.organisationId, id))),
    errors: [409],
  },
  page: {
    url: '/admin/news/new',
    form: postFormAgain('create', ({ request }) => `/${request.locale}/admin/news/new`),
    refusalField: 'slug',
    refusalStatus: 422,
    done: () => ({ to: '/admin/news', flash: 'news.admin.created' }),
  },
});
