import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { moveQuestion } from '../commands/move-question.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { questionParams, surveyAdminPath } from './builder-shapes.ts';

/** The builder's up and down buttons post `direction=up` or `direction=down` (anything else moves down). */
const moveForm = z
  .object({ direction: z.unknown() })
  .transform((form) => ({ direction: form.direction === 'up' ? 'up' : 'down' }) as const);

/** Moves a question one place up or down (a page-only write: the API has no twin yet). */
export const moveQuestionAction = defineAction({
  name: 'surveys.question.move',
  summary: 'Moves a question one place up or down',
  tag: 'surveys',
  params: questionParams,
  input: moveForm,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: ({ context, params, subject, input }) => moveQuestion(context.db, subject, params.questionId, input.direction),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/surveys/:id/questions/:questionId/move',
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id) }),
  },
});
