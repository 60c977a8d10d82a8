import { defineAction } from '../../../platform/actions/action.ts';
import { saveQuestion } from '../commands/save-question.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { createdResponseSchema } from '../presenters.ts';
import { questionSchema } from '../schemas.ts';
import { surveyAdminPath, surveyParams } from './builder-shapes.ts';
import { questionFormAgain, questionFormInput, refuseFormChange } from './question-form.tsx';

/** Adds a question; once the survey has answers, an optional one only. */
export const createQuestionAction = defineAction({
  name: 'surveys.question.create',
  summary: 'Adds a question (optional only, once the survey has answers)',
  tag: 'surveys',
  params: surveyParams,
  input: questionSchema,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: (call) => {
    refuseFormChange(call);
    return saveQuestion(call.context.db, call.subject, null, call.input, call.actor.userId, call.now);
  },
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/surveys/:id/questions',
    access: 'signed-in',
    status: 201,
    response: createdResponseSchema,
    present: (_, id) => ({ id }),
    errors: [409],
  },
  page: {
    url: '/admin/surveys/:id/questions/new',
    input: questionFormInput,
    form: (call, reply, state, status) => questionFormAgain(call, reply, null, state, status),
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.saved' }),
  },
});
