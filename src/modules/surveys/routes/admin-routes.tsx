import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { createSurvey } from '../commands/create-survey.ts';
import { updateSurvey } from '../commands/update-survey.ts';
import { countResponses, listSurveysOfProcesses } from '../queries/list-surveys.ts';
import { surveySettingsSchema } from '../schemas.ts';
import { AdminListPage, NewSurveyPage } from '../views/admin-list-page.tsx';
import { AdminSurveyPage } from '../views/admin-survey-page.tsx';
import type { SurveyFormValues } from '../views/survey-form.tsx';
import { registerAdminQuestionRoutes } from './admin-question-routes.tsx';
import { registerAdminSectionRoutes } from './admin-section-routes.tsx';
import { fieldErrorsOf, listManagedProcesses, sentSurveyFormValues, surveyFormOptions, surveyFormValues } from './admin-support.ts';
import { surveyBasePath } from './answer-routes.tsx';
import { loadManagedSurvey, withUtcTimes } from './api-builder-routes.ts';

function formOf(request: FastifyRequest) {
  return unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
}

async function renderSurveyPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  surveyId: string,
  sent?: { values: SurveyFormValues; errors: Record<string, { key: string }> },
) {
  const definition = await loadManagedSurvey(context, request, surveyId);
  const { survey } = definition;
  const [counts, processes] = await Promise.all([
    countResponses(context.db, survey.organisationId, [survey.id]),
    listManagedProcesses(context, request.identity.actor),
  ]);
  const own = processes.filter((process) => process.id === survey.processId);
  const options = await surveyFormOptions(context, survey.organisationId, own, request.locale);
  const slug = own[0]?.slug ?? '';
  return renderPage(
    context,
    request,
    reply,
    <AdminSurveyPage
      definition={definition}
      responses={counts.get(survey.id) ?? 0}
      values={sent?.values ?? surveyFormValues(survey, request.organisation.timeZone)}
      options={options}
      publicHref={`/${request.locale}${surveyBasePath(slug, survey.id)}`}
      errors={sent?.errors}
    />,
    sent ? 422 : 200,
  );
}

async function renderNewSurvey(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  sent?: { values: SurveyFormValues; errors: Record<string, { key: string }> },
) {
  const processes = await listManagedProcesses(context, request.identity.actor);
  const process = processes.find((candidate) => candidate.slug === slug) ?? processes[0];
  if (!process) throw notFound();
  const options = await surveyFormOptions(context, request.organisation.id, processes, request.locale);
  const values = sent?.values ?? sentSurveyFormValues({});
  const processOptions = processes.map((candidate) => ({ value: candidate.slug, label: localize(candidate.title, request.locale) }));
  return renderPage(
    context,
    request,
    reply,
    <NewSurveyPage processes={processOptions} processSlug={process.slug} values={values} options={options} errors={sent?.errors} />,
    sent ? 422 : 200,
  );
}

/** The survey builder's pages: the list, a new survey, and each survey's settings. */
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
    return renderNewSurvey(context, request, reply, typeof query.process === 'string' ? query.process : '');
  });

  page(app, 'POST', '/admin/surveys/new', async (request, reply) => {
    authorize(context.authorizer, request, 'surveys.admin.list');
    const form = formOf(request);
    const slug = typeof form.processSlug === 'string' ? form.processSlug : '';
    const process = (await listManagedProcesses(context, request.identity.actor)).find((candidate) => candidate.slug === slug);
    const unknownProcess = { processSlug: { key: 'platform.validation.choice' } };
    if (!process) return renderNewSurvey(context, request, reply, slug, { values: sentSurveyFormValues(form), errors: unknownProcess });
    const checked = check(surveySettingsSchema, form);
    if (!checked.ok) return renderNewSurvey(context, request, reply, slug, { values: sentSurveyFormValues(form), errors: checked.errors });
    try {
      const owner = { organisationId: request.organisation.id, processId: process.id, actorUserId: request.identity.user?.id ?? null };
      const id = await createSurvey(context.db, owner, withUtcTimes(checked.data, request.organisation.timeZone), context.clock.now());
      setFlash(reply, 'surveys.admin.created');
      return reply.redirect(`/${request.locale}/admin/surveys/${id}`, 303);
    } catch (error) {
      return renderNewSurvey(context, request, reply, slug, { values: sentSurveyFormValues(form), errors: fieldErrorsOf(error) });
    }
  });

  page(app, 'GET', '/admin/surveys/:id', async (request, reply) =>
    renderSurveyPage(context, request, reply, (request.params as { id: string }).id),
  );

  page(app, 'POST', '/admin/surveys/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const definition = await loadManagedSurvey(context, request, id);
    const form = formOf(request);
    const checked = check(surveySettingsSchema, form);
    if (!checked.ok) return renderSurveyPage(context, request, reply, id, { values: sentSurveyFormValues(form), errors: checked.errors });
    try {
      await updateSurvey(
        context.db,
        definition.survey,
        withUtcTimes(checked.data, request.organisation.timeZone),
        request.identity.user?.id ?? null,
        context.clock.now(),
      );
    } catch (error) {
      return renderSurveyPage(context, request, reply, id, { values: sentSurveyFormValues(form), errors: fieldErrorsOf(error) });
    }
    setFlash(reply, 'surveys.admin.saved');
    return reply.redirect(`/${request.locale}/admin/surveys/${id}`, 303);
  });

  registerAdminSectionRoutes(app, context);
  registerAdminQuestionRoutes(app, context);
}
