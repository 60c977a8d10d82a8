import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { removeQuestion } from '../commands/remove-question.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { questionParams, surveyAdminPath } from './builder-shapes.ts';
import { renderRemoveConfirm } from './question-form.tsx';

/** The API's confirmation, in the query (`?confirm=true`): a DELETE has no body. */
const confirmQuery = z.object({ confirm: z.enum(['true', 'false']).default('false') });

/** The page's confirmation: the confirm page's button posts `confirm=yes`. */
const confirmForm = z.object({ confirm: z.unknown() }).transform((form) => ({ confirm: form.confirm === 'yes' }));

/** Removes a question; an answered one only once confirmed, and it is archived with its answers. */
export const removeQuestionAction = defineAction({
  name: 'surveys.question.remove',
  summary: 'Removes a question; an answered one needs ?confirm=true and is archived with its answers',
  tag: 'surveys',
  params: questionParams,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: ({ context, actor, params, subject, input, now }) =>
    removeQuestion(context.db, subject, params.questionId, { confirm: input.confirm, actorUserId: actor.userId }, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'DELETE',
    url: '/surveys/:id/questions/:questionId',
    access: 'signed-in',
    errors: [409],
    query: confirmQuery,
    toInput: ({ query }) => ({ confirm: (query as z.output<typeof confirmQuery>).confirm === 'true' }),
  },
  page: {
    url: '/admin/surveys/:id/questions/:questionId/remove',
    input: confirmForm,
    // An answered question is removed only once confirmed: the confirm page asks.
    form: (call, reply) => renderRemoveConfirm(call, reply, (call.params as { questionId: string }).questionId),
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.questionRemoved' }),
  },
});
