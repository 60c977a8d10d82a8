import { defineAction } from '../../../platform/actions/action.ts';
import { unauthenticated } from '../../../platform/http/errors.ts';
import { setTraceMail } from '../commands/set-trace-mail.ts';
import { traceMailInputSchema } from '../schemas.ts';

/** A signed-in person turns off (or on again) the mail about what became of what they said. */
export const setTraceMailAction = defineAction({
  name: 'goals.traceMail.set',
  summary: 'Choose whether to be mailed when what one said reaches a goal or an objective’s status changes',
  tag: 'goals',
  permission: 'goals.traceMail.manage',
  input: traceMailInputSchema,
  load: ({ request }) => {
    const user = request.identity.user;
    if (!user) throw unauthenticated();
    return { organisationId: request.organisation.id, userId: user.id };
  },
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, subject, input, now }) => setTraceMail(context.db, subject, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/goals/mine/mail', access: 'signed-in', status: 204 },
  page: { url: '/goals/mine/mail', done: () => ({ to: '/goals/mine', flash: 'goals.traceMail.saved' }) },
});
