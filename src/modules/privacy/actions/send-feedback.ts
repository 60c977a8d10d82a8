import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { createFeedback } from '../commands/create-feedback.ts';
import { sendFeedbackMails } from '../mail/feedback-mail.ts';
import { feedbackInputSchema } from '../schemas.ts';
import { accessibilityFormAgain } from './statement-forms.tsx';

/**
 * Anyone sends feedback on the accessibility of the service (Act 306/2019): it is stored with a
 * due date 14 days on, the organisation's contact is mailed, and the sender gets a confirmation.
 */
export const sendFeedbackAction = defineAction({
  name: 'privacy.feedback.send',
  summary: 'Send feedback on accessibility (stored, due for an answer in 14 days; the contact is mailed, the sender confirmed)',
  tag: 'privacy',
  input: feedbackInputSchema,
  permission: 'privacy.feedback.send',
  rateLimit: { max: 5, timeWindow: '10 minutes' },
  run: ({ context, request, input, now }) => createFeedback(context.db, request.organisation.id, input, request.locale, now),
  pageVersion: 'unchanged',
  after: [
    ({ context, request }, feedback) =>
      sendFeedbackMails(
        context,
        {
          organisationId: request.organisation.id,
          organisationName: request.organisation.name,
          timeZone: request.organisation.timeZone,
          origin: context.config.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`,
        },
        feedback,
        (error, message) => request.log.error({ err: error }, message),
      ),
  ],
  api: {
    method: 'POST',
    url: '/accessibility-feedback',
    status: 201,
    access: 'public',
    response: z.object({ id: z.string(), dueAt: z.string() }),
    present: (_call, feedback) => ({ id: feedback.id, dueAt: feedback.dueAt }),
  },
  page: {
    url: '/accessibility/feedback',
    form: accessibilityFormAgain,
    done: () => ({ to: '/accessibility', flash: 'privacy.feedback.sent' }),
  },
});
