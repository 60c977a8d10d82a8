import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { participantFor, participantRateKey } from '../../../platform/participation/participant.ts';
import { createComment } from '../commands/create-comment.ts';
import { loadCommentableStory } from '../comment-access.ts';
import { commentInputSchema, processParamsSchema } from '../schemas.ts';
import { commentFormAgain } from './comment-form.tsx';

/** A comment on a paragraph of the story, or on a passage of it, while the version takes comments. */
export const createCommentAction = defineAction({
  name: 'story.comment.create',
  summary: 'Comment on a paragraph of the story, or on a passage of it, while its comment period is open',
  tag: 'story',
  params: processParamsSchema,
  input: commentInputSchema,
  load: ({ context, actor, params }) => loadCommentableStory(context, actor, params.slug),
  authorize: { permission: 'story.comment.create', resource: ({ subject }) => subject.subject },
  rateLimit: { max: 20, timeWindow: '1 minute', keyGenerator: (request) => participantRateKey(request) ?? request.ip },
  run: ({ context, request, reply, actor, subject, input, now }) =>
    createComment(
      context.db,
      {
        organisationId: actor.organisationId,
        versionId: subject.version.id,
        language: request.locale,
        commenter: participantFor(context, request, reply, { kind: 'story', id: subject.process.id }),
        input,
      },
      now,
    ),
  // The story page is in the render cache and shows every published comment.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'POST',
    url: '/processes/:slug/story/comments',
    access: 'public',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/story/comments',
    form: commentFormAgain,
    refusalField: 'body',
    done: ({ params, input }) => ({ to: `/processes/${params.slug}/story#story-${input.blockKey}`, flash: 'story.comment.saved' }),
  },
});
