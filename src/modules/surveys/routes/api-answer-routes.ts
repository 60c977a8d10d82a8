import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { refuse } from '../../../platform/domain/refusal.ts';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { presentSurvey, presentSurveyDefinition, surveyDefinitionResponseSchema, surveySummaryResponseSchema } from '../presenters.ts';
import { findOwnResponse } from '../queries/find-own-response.ts';
import { listProcessSurveys } from '../queries/list-surveys.ts';
import { pathIdSchema } from '../schemas.ts';
import { loadVisibleSurvey, respondentOf } from '../survey-access.ts';

const slugParams = z.object({ slug: z.string().max(100) });
const idParams = z.object({ id: pathIdSchema });
/** The JSON API's reads of surveys and of the caller's own response (submitting one is an action). */
export function registerAnswerApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/surveys',
    summary: 'The surveys of a process that the caller may see',
    tag: 'surveys',
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(surveySummaryResponseSchema),
    handler: async ({ params, query, request }) => {
      const actor = request.identity.actor;
      const process = await findProcessBySlug(context.db, actor.organisationId, params.slug);
      const manages = process !== undefined && context.authorizer.can(actor, 'surveys.survey.create', process);
      if (!process || !(manages || context.authorizer.can(actor, 'processes.process.view', process))) throw refuse.notFound();
      const page = await listProcessSurveys(context.db, actor.organisationId, process.id, { includeDrafts: manages, ...query });
      return { items: page.items.map(presentSurvey), nextCursor: page.nextCursor };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id',
    summary: 'A survey with its sections, questions and choices',
    tag: 'surveys',
    params: idParams,
    response: surveyDefinitionResponseSchema,
    handler: async ({ params, request }) =>
      presentSurveyDefinition((await loadVisibleSurvey(context, request.identity.actor, params.id)).definition),
  });

  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id/responses',
    summary: 'The caller’s own response (an account’s, or this browser’s)',
    tag: 'surveys',
    params: idParams,
    handler: async ({ params, request }) => {
      const { definition } = await loadVisibleSurvey(context, request.identity.actor, params.id);
      const own = await findOwnResponse(context.db, definition, respondentOf(request, definition.survey.id));
      if (!own) throw refuse.notFound();
      return { id: own.id, status: own.status, submittedAt: own.submittedAt, answers: own.submitted, draft: own.answers };
    },
  });
}
