import type { FastifyInstance, FastifyRequest } from 'fastify';
import { newToken } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessBySlug } from '../../processes/index.ts';
import { answeringState, requireAnswering } from '../answer-guard.ts';
import { neighbourSection, sectionIndexOf, surveyBasePath } from '../answering.ts';
import { isOpen } from '../model.ts';
import { findOwnResponse } from '../queries/find-own-response.ts';
import { listProcessSurveys } from '../queries/list-surveys.ts';
import { loadVisibleSurvey, respondentOf, surveySubject } from '../survey-access.ts';
import { ProcessSurveysPage } from '../views/process-surveys-page.tsx';
import { ReceiptPage } from '../views/receipt-page.tsx';
import { SectionPage } from '../views/section-page.tsx';
import { SurveyPage } from '../views/survey-page.tsx';

/** The path params of a survey's pages. */
export interface SurveyParams {
  slug: string;
  id: string;
  number?: string;
}

async function loadFromRequest(context: AppContext, request: FastifyRequest) {
  const params = request.params as SurveyParams;
  const loaded = await loadVisibleSurvey(context, request.identity.actor, params.id, params.slug);
  return { ...loaded, params, basePath: `/${request.locale}${surveyBasePath(params.slug, params.id)}` };
}

/** The process's surveys, the survey's front page, its sections (GET) and the receipt. */
export function registerAnswerPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/surveys', async (request, reply) => {
    const { slug } = request.params as SurveyParams;
    const actor = request.identity.actor;
    const process = await findProcessBySlug(context.db, actor.organisationId, slug);
    if (!process || !context.authorizer.can(actor, 'processes.process.view', process)) throw refuse.notFound();
    const includeDrafts = context.authorizer.can(actor, 'surveys.survey.create', process);
    const { items } = await listProcessSurveys(context.db, actor.organisationId, process.id, { includeDrafts, limit: 100 });
    const now = context.clock.now();
    const surveys = items.map((survey) => ({ survey, open: isOpen(survey, now) }));
    const basePath = `/${request.locale}/processes/${slug}/surveys`;
    return renderPage(context, request, reply, <ProcessSurveysPage processTitle={process.title} basePath={basePath} surveys={surveys} />);
  });

  page(app, 'GET', '/processes/:slug/surveys/:id', async (request, reply) => {
    const { definition, basePath, process } = await loadFromRequest(context, request);
    const state = await answeringState(context, request, definition);
    const own = await findOwnResponse(context.db, definition, respondentOf(request, definition.survey.id));
    const canSeeResults = context.authorizer.can(request.identity.actor, 'surveys.results.view', surveySubject(definition.survey));
    return renderPage(
      context,
      request,
      reply,
      <SurveyPage
        definition={definition}
        basePath={basePath}
        state={state}
        own={own}
        signedIn={request.identity.user !== null}
        resultsHref={canSeeResults ? `${basePath}/results` : null}
        process={process}
      />,
    );
  });

  page(app, 'GET', '/processes/:slug/surveys/:id/sections/:number', async (request, reply) => {
    const { definition, basePath, params } = await loadFromRequest(context, request);
    await requireAnswering(context, request, definition);
    const respondent = respondentOf(request, definition.survey.id);
    const own = await findOwnResponse(context.db, definition, respondent);
    if (own?.status === 'submitted' && !respondent.userId) return reply.redirect(`${basePath}/receipt`, 303);
    const index = sectionIndexOf(params.number, definition.sections.length);
    const answers = own?.answers ?? {};
    return renderPage(
      context,
      request,
      reply,
      <SectionPage
        definition={definition}
        basePath={basePath}
        sectionIndex={index}
        answers={answers}
        isFirst={neighbourSection(definition, answers, index, -1) === -1}
        isLast={neighbourSection(definition, answers, index, 1) === -1}
        signedIn={respondent.userId !== null}
        idempotencyKey={newToken(18)}
      />,
    );
  });

  page(app, 'GET', '/processes/:slug/surveys/:id/receipt', async (request, reply) => {
    const { definition, basePath } = await loadFromRequest(context, request);
    const respondent = respondentOf(request, definition.survey.id);
    const own = await findOwnResponse(context.db, definition, respondent);
    if (own?.status !== 'submitted' || !own.submittedAt) return reply.redirect(basePath, 303);
    const state = await answeringState(context, request, definition);
    return renderPage(
      context,
      request,
      reply,
      <ReceiptPage
        definition={definition}
        basePath={basePath}
        responseId={own.id}
        submittedAt={own.submittedAt}
        answers={own.submitted}
        canEdit={state === 'open' && respondent.userId !== null}
      />,
    );
  });
}
