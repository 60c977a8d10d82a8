import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { createResponse } from '../commands/create-response.ts';
import { mailAnsweredCommenters } from '../mail/mail-answered-commenters.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { processParamsSchema, responseInputSchema } from '../schemas.ts';
import { loadRespondedStory, responsesFormAgain } from './responses-form.tsx';

/** An official response to one comment or a group of them: the response register's form, or POST …/story/responses. */
export const createResponseAction = defineAction({
  name: 'story.response.create',
  summary: 'Answer one comment or a group of comments on the story with an official response',
  tag: 'story',
  params: processParamsSchema,
  input: responseInputSchema,
  load: ({ context, actor, params }) => loadRespondedStory(context, actor, params.slug, false),
  authorize: { permission: 'story.comment.respond', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) => {
    const latest = subject.versions.at(-1) ?? subject.version;
    const keys = (await listBlocks(context.db, actor.organisationId, latest.id)).map((block) => block.key);
    return createResponse(context.db, actor, subject.version, keys, input, now);
  },
  // The story page (render cache) shows published responses beside their comments.
  pageVersion: 'after-commit',
  // The commenters who asked are mailed after the commit: a failed mail never undoes the response.
  after: [invalidatePages, ({ context, request, subject }, id) => mailAnsweredCommenters(context, request, subject.process, id)],
  api: {
    method: 'POST',
    access: 'signed-in',
    url: '/processes/:slug/story/responses',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/story/responses',
    form: responsesFormAgain,
    refusalField: 'commentIds',
    done: ({ params }) => ({ to: `/processes/${params.slug}/story/responses`, flash: 'story.response.saved' }),
  },
});
