import { defineModule } from '../../platform/module.ts';
import { createQuestionAction } from './actions/create-question.ts';
import { createSectionAction } from './actions/create-section.ts';
import { createSurveyAction } from './actions/create-survey.ts';
import { deleteSectionAction } from './actions/delete-section.ts';
import { moveQuestionAction } from './actions/move-question.ts';
import { removeQuestionAction } from './actions/remove-question.ts';
import { submitResponseAction } from './actions/submit-response.ts';
import { updateQuestionAction } from './actions/update-question.ts';
import { updateSectionAction } from './actions/update-section.ts';
import { updateSurveyAction } from './actions/update-survey.ts';
import { surveysHappenings } from './happenings.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { surveyPermissions } from './permissions.ts';
import { surveyParticipation, surveyProcessChannels } from './process-channels.ts';
import { exportSurveyPersonalData } from './queries/export-personal-data.ts';
import { surveysRetention } from './retention.ts';
import { registerSurveyAdminRoutes } from './routes/admin-routes.tsx';
import { registerAnswerPageRoutes } from './routes/answer-routes.tsx';
import { registerAnswerApiRoutes } from './routes/api-answer-routes.ts';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerResultRoutes } from './routes/result-routes.tsx';
import { surveysSearchSource } from './search-source.ts';
import { seedSurveysDemo } from './seed-demo.ts';

/** Surveys of a process: the builder, answering, results and lossless exports. */
export const surveysModule = defineModule({
  name: 'surveys',
  searchSources: [surveysSearchSource],
  messages: { fi, sv, en },
  happenings: surveysHappenings,
  processChannels: surveyProcessChannels,
  participation: surveyParticipation,
  permissions: surveyPermissions,
  seedDemo: seedSurveysDemo,
  adminLinks: [{ path: '/admin/surveys', labelKey: 'surveys.admin.navigation', permission: 'surveys.admin.list' }],
  auditSubjects: {
    survey: { table: 'surveys', title: 'title', path: (id) => `/admin/surveys/${id}` },
    survey_question: { table: 'survey_questions', title: 'text' },
  },
  actions: [
    createSurveyAction,
    updateSurveyAction,
    createSectionAction,
    updateSectionAction,
    deleteSectionAction,
    createQuestionAction,
    updateQuestionAction,
    removeQuestionAction,
    moveQuestionAction,
    submitResponseAction,
  ],
  openData: [
    {
      name: 'surveys.responses',
      summary: 'Every submitted response of a survey; the open variant (?variant=open) leaves out every identity',
      path: '/surveys/:id/export',
      formats: ['csv', 'xlsx', 'json'],
      access: 'surveys.results.exportOpenData',
    },
  ],
  personalData: { export: exportSurveyPersonalData },
  retention: surveysRetention,
  routes: async (app, context) => {
    registerAnswerPageRoutes(app, context);
    registerResultRoutes(app, context);
    registerAnswerApiRoutes(app, context);
    registerExportRoutes(app, context);
    registerSurveyAdminRoutes(app, context);
  },
});
