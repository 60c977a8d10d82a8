import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { moderateComment } from '../commands/moderate-comment.ts';
import { commentParamsSchema, moderateCommentInputSchema } from '../schemas.ts';
import { loadRespondedStory, renderResponsesPage } from './responses-form.tsx';

/** A moderator (the story's editors) hides a comment with a reason, or restores it: from the response register, or the API. */
export const moderateCommentAction = defineAction({
  name: 'story.comment.moderate',
  summary: 'Hide a comment on the story with a reason, or restore it',
  tag: 'story',
  params: commentParamsSchema,
  input: moderateCommentInputSchema,
  load: ({ context, actor, params }) => loadRespondedStory(context, actor, params.slug, false),
  authorize: { permission: 'story.comment.moderate', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, params, input, now }) =>
    moderateComment(context.db, actor, subject.process.id, params.commentId, input, now),
  // The page version moves after the commit: the search asks its source again before it shows a hidden comment.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/processes/:slug/story/comments/:commentId/moderation', access: 'signed-in', status: 204, errors: [409] },
  page: {
    url: '/processes/:slug/story/comments/:commentId/moderation',
    form: (call, reply, state, status) =>
      renderResponsesPage(call, reply, call.subject, undefined, status, { commentId: call.params.commentId, ...state }),
    refusalField: 'reason',
    done: ({ params, input }) => ({
      to: `/processes/${params.slug}/story/responses`,
      flash: input.decision === 'hide' ? 'story.moderation.hidden' : 'story.moderation.restored',
    }),
  },
});
