import { defineAction } from '../../../platform/actions/action.ts';
import { markFeedbackAnswered } from '../commands/mark-feedback-answered.ts';
import { feedbackParamsSchema } from '../schemas.ts';

/** An admin marks a feedback answered (the answer itself goes by e-mail from their own mail program). */
export const answerFeedbackAction = defineAction({
  name: 'privacy.feedback.answer',
  summary: 'Mark a feedback on accessibility answered',
  tag: 'privacy',
  params: feedbackParamsSchema,
  permission: 'privacy.feedback.manage',
  run: ({ context, actor, params, now }) => markFeedbackAnswered(context.db, actor, params.id, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/accessibility-feedback/:id/answered', status: 204 },
  page: {
    url: '/admin/accessibility-feedback/:id/answered',
    done: () => ({ to: '/admin/accessibility-feedback', flash: 'privacy.admin.answered' }),
  },
});
