import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderNewSurvey, renderSurveyPage } from '../actions/survey-form.tsx';
import { loadManagedSurvey } from '../loaders.ts';
import { countResponses, listSurveysOfProcesses } from '../queries/list-surveys.ts';
import { listManagedProcesses } from '../queries/managed-processes.ts';
import { AdminListPage } from '../views/admin-list-page.tsx';
import { registerAdminQuestionRoutes } from './admin-question-routes.tsx';
import { registerAdminSectionRoutes } from './admin-section-routes.tsx';

function callOf(context: AppContext, request: FastifyRequest) {
  return { context, request, actor: request.identity.actor };
}

/** The survey builder's pages: the list, a new survey, and each survey's settings (their posts are actions). */
export function registerSurveyAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/surveys', async (request, reply) => {
    authorize(context.authorizer, request, 'surveys.admin.list');
    const processes = await listManagedProcesses(context, request.identity.actor);
    const surveys = await listSurveysOfProcesses(
      context.db,
      request.organisation.id,
      processes.map((process) => process.id),
    );
    const counts = await countResponses(
      context.db,
      request.organisation.id,
      surveys.map((survey) => survey.id),
    );
    const titles = new Map(processes.map((process) => [process.id, localize(process.title, request.locale)]));
    const rows = surveys.map((survey) => ({
      survey,
      processTitle: titles.get(survey.processId) ?? '',
      responses: counts.get(survey.id) ?? 0,
    }));
    return renderPage(context, request, reply, <AdminListPage surveys={rows} />);
  });

  page(app, 'GET', '/admin/surveys/new', async (request, reply) => {
    authorize(context.authorizer, request, 'surveys.admin.list');
    const query = request.query as Record<string, unknown>;
    return renderNewSurvey(callOf(context, request), reply, typeof query.process === 'string' ? query.process : '');
  });

  page(app, 'GET', '/admin/surveys/:id', async (request, reply) => {
    const definition = await loadManagedSurvey(context, request, (request.params as { id: string }).id);
    return renderSurveyPage(callOf(context, request), reply, definition);
  });

  registerAdminSectionRoutes(app, context);
  registerAdminQuestionRoutes(app, context);
}
