import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { invalid, notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { sendReceipt } from '../commands/send-receipt.ts';
import { submitResponse } from '../commands/submit-response.ts';
import { type Answers, activeQuestions } from '../model.ts';
import { findOwnResponse } from '../queries/find-own-response.ts';
import { listProcessSurveys } from '../queries/list-surveys.ts';
import { pathIdSchema, SURVEY_LIMITS, submitResponseSchema } from '../schemas.ts';
import { validateAnswers } from '../validate-answers.ts';
import { requireAnswering } from './answer-guard.ts';
import { ANSWER_RATE_LIMIT } from './answer-post-route.tsx';
import { ensureRespondent, loadVisibleSurvey, respondentOf } from './survey-access.ts';
import { definitionJson, surveyDefinitionSchema, surveyJson, surveySummarySchema } from './survey-json.ts';

const slugParams = z.object({ slug: z.string().max(100) });
const idParams = z.object({ id: pathIdSchema });
const receiptSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().nullable(),
  replayed: z.boolean().optional(),
});

/** The JSON API of finding and answering surveys. */
export function registerAnswerApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/surveys',
    summary: 'The surveys of a process that the caller may see',
    tag: 'surveys',
    params: slugParams,
    query: pageQuerySchema,
    response: pageOf(surveySummarySchema),
    handler: async ({ params, query, request }) => {
      const actor = request.identity.actor;
      const process = await findProcessBySlug(context.db, actor.organisationId, params.slug);
      const manages = process !== undefined && context.authorizer.can(actor, 'surveys.survey.create', process);
      if (!process || !(manages || context.authorizer.can(actor, 'processes.process.view', process))) throw notFound();
      const page = await listProcessSurveys(context.db, actor.organisationId, process.id, { includeDrafts: manages, ...query });
      return { items: page.items.map(surveyJson), nextCursor: page.nextCursor };
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id',
    summary: 'A survey with its sections, questions and choices',
    tag: 'surveys',
    params: idParams,
    response: surveyDefinitionSchema,
    handler: async ({ params, request }) =>
      definitionJson((await loadVisibleSurvey(context, request.identity.actor, params.id)).definition),
  });

  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id/responses',
    summary: 'The caller’s own response (an account’s, or this browser’s)',
    tag: 'surveys',
    params: idParams,
    handler: async ({ params, request }) => {
      const { definition } = await loadVisibleSurvey(context, request.identity.actor, params.id);
      const own = await findOwnResponse(context.db, definition, respondentOf(request));
      if (!own) throw notFound();
      return { id: own.id, status: own.status, submittedAt: own.submittedAt, answers: own.submitted, draft: own.answers };
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/surveys/:id/responses',
    summary: 'Submits (or, for an account before the close, replaces) the caller’s response',
    tag: 'surveys',
    errors: [409],
    access: 'public',
    params: idParams,
    body: submitResponseSchema,
    response: receiptSchema,
    status: 201,
    rateLimit: ANSWER_RATE_LIMIT,
    handler: async ({ params, body, request, reply }) => {
      const { definition } = await loadVisibleSurvey(context, request.identity.actor, params.id);
      await requireAnswering(context, request, definition);
      const checked = validateAnswers(definition, body.answers as Answers, { scope: activeQuestions(definition), requireAnswers: true });
      if (Object.keys(checked.errors).length > 0) throw invalid(checked.errors);
      const header = request.headers['idempotency-key'];
      const idempotencyKey =
        body.idempotencyKey ?? (typeof header === 'string' ? header.slice(0, SURVEY_LIMITS.idempotencyKeyMax) : undefined);
      const respondent = ensureRespondent(context, request, reply);
      const input = { answers: checked.answers, locale: request.locale, idempotencyKey };
      const result = await submitResponse(context.db, definition, respondent, input, context.clock.now());
      if (body.receiptEmail && !result.replayed) {
        const mail = {
          to: body.receiptEmail,
          locale: request.locale,
          definition,
          responseId: result.responseId,
          submittedAt: result.submittedAt,
          answers: checked.answers,
        };
        await sendReceipt(context, mail, (error) => request.log.error({ err: error }, 'survey receipt mail failed'));
      }
      return { id: result.responseId, status: 'submitted' as const, submittedAt: result.submittedAt, replayed: result.replayed };
    },
  });
}
