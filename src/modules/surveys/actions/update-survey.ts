import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { withUtcTimes } from '../calendar.ts';
import { updateSurvey } from '../commands/update-survey.ts';
import { loadManagedSurvey } from '../loaders.ts';
import { presentSurveyDefinition, surveyDefinitionResponseSchema } from '../presenters.ts';
import { findSurveyDefinition } from '../queries/find-survey.ts';
import { surveySettingsSchema } from '../schemas.ts';
import { sentSurveyFormValues } from '../views/survey-form-values.ts';
import { surveyAdminPath, surveyParams } from './builder-shapes.ts';
import { renderSurveyPage } from './survey-form.tsx';

/** Replaces a survey's settings; an answered anonymous survey stays anonymous. */
export const updateSurveyAction = defineAction({
  name: 'surveys.survey.update',
  summary: 'Replaces a survey’s settings (texts, phase, times, audience, publication)',
  tag: 'surveys',
  params: surveyParams,
  input: surveySettingsSchema,
  load: ({ context, request, params }) => loadManagedSurvey(context, request, params.id),
  run: ({ context, request, actor, subject, input, now }) =>
    updateSurvey(context.db, subject.survey, withUtcTimes(input, request.organisation.timeZone), actor.userId, now),
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: {
    method: 'PUT',
    url: '/surveys/:id',
    access: 'signed-in',
    response: surveyDefinitionResponseSchema,
    present: async ({ context, actor, subject }) =>
      presentSurveyDefinition((await findSurveyDefinition(context.db, actor.organisationId, subject.survey.id)) ?? subject),
  },
  page: {
    url: '/admin/surveys/:id',
    form: (call, reply, state) =>
      renderSurveyPage(call, reply, call.subject, { values: sentSurveyFormValues(state.values), errors: state.errors }),
    refusalStatus: 422,
    done: ({ subject }) => ({ to: surveyAdminPath(subject.survey.id), flash: 'surveys.admin.saved' }),
  },
});
