import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Process } from '../../processes/index.ts';
import { type ConfirmationToSend, requestFollow } from '../commands/request-follow.ts';
import { linkOrigin } from '../links.ts';
import { loadFollowableProcess } from '../loaders.ts';
import { followByEmailSchema, processParamsSchema } from '../schemas.ts';
import { followFormAgain } from './follow-form.tsx';
import { sendConfirmation } from './send-confirmation.ts';

/**
 * Anyone follows a public process by e-mail: a confirmation link is mailed (double opt-in).
 * The answer is the same whether the address already follows, so the form tells nothing.
 */
export const requestFollowAction = defineAction({
  name: 'follows.subscription.request',
  summary: 'Follow a process by e-mail (a confirmation link is mailed; nothing else before it is used)',
  tag: 'follows',
  params: processParamsSchema,
  input: followByEmailSchema,
  load: ({ context, actor, params }) => loadFollowableProcess(context, actor, params.slug),
  rateLimit: { max: 5, timeWindow: '10 minutes' },
  run: ({ context, request, subject, input, now }): Promise<ConfirmationToSend | null> => {
    if ((subject as Process).visibility !== 'public') throw refuse.notFound();
    return requestFollow(context.db, request.organisation.id, subject.id, input.email, request.locale, now);
  },
  pageVersion: 'unchanged',
  // The mail goes in the background, not awaited: how long the answer takes must not tell whether the address follows.
  after: [
    async (call, confirmation) => {
      if (confirmation) sendConfirmation(call.context, linkOrigin(call.context, call.request), call.subject, confirmation);
    },
  ],
  api: { method: 'POST', url: '/processes/:slug/follow/email', status: 202, access: 'public' },
  page: {
    url: '/processes/:slug/follow/email',
    form: followFormAgain,
    done: ({ subject }) => ({ to: `/processes/${subject.slug}/follow`, flash: 'follows.email.sent' }),
  },
});
