import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { publishResponse } from '../commands/publish-response.ts';
import { mailAnsweredCommenters } from '../mail/mail-answered-commenters.ts';
import { responseParamsSchema } from '../schemas.ts';
import { loadRespondedStory, renderResponsesPage } from './responses-form.tsx';

/** Publishes a response saved unpublished (also after the comment period): the register's button, or the API. */
export const publishResponseAction = defineAction({
  name: 'story.response.publish',
  summary: 'Publish an official response saved unpublished; its commenters who asked are mailed',
  tag: 'story',
  params: responseParamsSchema,
  load: ({ context, actor, params }) => loadRespondedStory(context, actor, params.slug, false),
  authorize: { permission: 'story.comment.respond', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, params, now }) => publishResponse(context.db, actor, subject.process.id, params.responseId, now),
  // The story page (render cache) shows the response; the commenters who asked are mailed once, after the commit.
  pageVersion: 'after-commit',
  after: [invalidatePages, ({ context, request, subject }, id) => mailAnsweredCommenters(context, request, subject.process, id)],
  api: { method: 'POST', url: '/processes/:slug/story/responses/:responseId/publish', access: 'signed-in', status: 204, errors: [409] },
  page: {
    url: '/processes/:slug/story/responses/:responseId/publish',
    form: (call, reply, state, status) => renderResponsesPage(call, reply, call.subject, state, status),
    refusalField: 'commentIds',
    done: ({ params }) => ({ to: `/processes/${params.slug}/story/responses`, flash: 'story.response.published' }),
  },
});
