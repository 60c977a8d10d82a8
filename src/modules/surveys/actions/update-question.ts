import { defineAction } from '../../../platform/actions/action.ts';
import { saveQuestion } from '../commands/save-question.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { createdResponseSchema } from '../presenters.ts';
import { questionSchema } from '../schemas.ts';
import { questionParams, surveyAdminPath } from './builder-shapes.ts';
import { questionFormAgain, questionFormInput, refuseFormChange } from './question-form.tsx';

/**
 * Changes a question. An answered one's type change or removed choices need a confirmation
 * (answers are archived, not lost); a retyped question is a new question with a new id.
 */
export const updateQuestionAction = defineAction({
  name: 'surveys.question.update',
  summary: 'Changes a question; an answered one’s type change or removed choices need confirm: true (answers are archived, not lost)',
  tag: 'surveys',
  params: questionParams,
  input: questionSchema,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: (call) => {
    refuseFormChange(call);
    return saveQuestion(call.context.db, call.subject, call.params.questionId, call.input, call.actor.userId, call.now);
  },
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/surveys/:id/questions/:questionId',
    access: 'signed-in',
    response: createdResponseSchema,
    present: (_, id) => ({ id }),
    errors: [409],
  },
  page: {
    url: '/admin/surveys/:id/questions/:questionId',
    input: questionFormInput,
    form: (call, reply, state, status) => questionFormAgain(call, reply, (call.params as { questionId: string }).questionId, state, status),
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.saved' }),
  },
});
