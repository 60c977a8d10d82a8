import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../platform/authz/authz.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { invalid, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { surveyBasePath } from '../answering.ts';
import { isTextType, type SurveyDefinition } from '../model.ts';
import { listTextAnswers, type TextAnswerPage } from '../queries/list-text-answers.ts';
import { getSurveyResults, type ResultFilter } from '../queries/survey-results.ts';
import { pathIdSchema, SURVEY_LIMITS } from '../schemas.ts';
import { loadVisibleSurvey, surveySubject } from '../survey-access.ts';
import { breakdownQuestions, ResultsPage } from '../views/results-page.tsx';
import { TextAnswersPage } from '../views/text-answers-page.tsx';
import type { SurveyParams } from './answer-routes.tsx';

const TEXTS_ON_RESULTS_PAGE = 5;
const TEXTS_PER_PAGE = 25;

/** The query of a results page or the results API. */
export const resultsQuerySchema = z.object({
  filter: z
    .string()
    .max(2 * SURVEY_LIMITS.idMax + 1)
    .optional(),
  by: pathIdSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

const CURSOR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The query of a page of free texts: `after` or `before` an answer id (the links' cursors), else `page` by offset. */
const textsQuerySchema = resultsQuerySchema.extend({
  after: z.string().regex(CURSOR).optional(),
  before: z.string().regex(CURSOR).optional(),
});

/** The filter named by `question:choice`, checked against the survey's background questions (else 422). */
export function filterOf(definition: SurveyDefinition, value: string | undefined): ResultFilter | null {
  if (!value) return null;
  const [questionId = '', choiceId = ''] = value.split(':');
  const question = breakdownQuestions(definition).find((candidate) => candidate.id === questionId);
  if (!question?.choices.some((choice) => choice.id === choiceId)) throw invalid({ filter: { key: 'platform.validation.choice' } });
  return { questionId, choiceId };
}

/** The cross-tabulating question, checked likewise. */
export function crossByOf(definition: SurveyDefinition, value: string | undefined): string | null {
  if (!value) return null;
  if (!breakdownQuestions(definition).some((question) => question.id === value))
    throw invalid({ by: { key: 'platform.validation.choice' } });
  return value;
}

/** The survey, if the actor may read its results (managers and analysts; everyone once published). */
export async function loadResultsSurvey(context: AppContext, request: FastifyRequest, actor: Actor, surveyId: string, slug?: string) {
  const loaded = await loadVisibleSurvey(context, actor, surveyId, slug);
  authorize(context.authorizer, request, 'surveys.results.view', surveySubject(loaded.definition.survey));
  return loaded;
}

function exportLinks(context: AppContext, actor: Actor, definition: SurveyDefinition) {
  const base = `/api/v1/surveys/${definition.survey.id}/export`;
  const subject = surveySubject(definition.survey);
  const full = context.authorizer.can(actor, 'surveys.results.export', subject)
    ? [
        { href: `${base}?format=csv`, labelKey: 'surveys.export.csv' },
        { href: `${base}?format=xlsx`, labelKey: 'surveys.export.xlsx' },
        { href: `${base}?format=json`, labelKey: 'surveys.export.json' },
      ]
    : [];
  const open = context.authorizer.can(actor, 'surveys.results.exportOpenData', subject)
    ? [{ href: `${base}?format=csv&variant=open`, labelKey: 'surveys.export.openData' }]
    : [];
  return [...full, ...open];
}

async function firstTexts(context: AppContext, definition: SurveyDefinition, filter: ResultFilter | null) {
  const questions = definition.questions.filter((question) => isTextType(question.type) || question.settings.allowOther);
  const entries = await Promise.all(
    questions.map(
      async (question) =>
        [
          question.id,
          await listTextAnswers(context.db, definition, question.id, { filter, page: 1, pageSize: TEXTS_ON_RESULTS_PAGE }),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * The links to the pages before and after a page of free texts, by cursor (the
 * first page needs none), keeping the filter; `page` only numbers the page.
 */
function textPageLinks(path: string, filter: string | undefined, page: number, texts: TextAnswerPage) {
  const href = (cursor: Record<string, string>, number: number) => {
    const search = new URLSearchParams({ ...(filter ? { filter } : {}), ...cursor });
    if (number > 1) search.set('page', String(number));
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  const first = texts.items[0];
  let previous: string | null = null;
  if (page === 2) previous = href({}, 1);
  else if (page > 2) previous = first ? href({ before: first.id }, page - 1) : href({}, page - 1);
  return { previous, next: texts.nextCursor ? href({ after: texts.nextCursor }, page + 1) : null };
}

/** The results pages (public once published) and the results API. */
export function registerResultRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/surveys/:id/results', async (request, reply) => {
    const params = request.params as SurveyParams;
    const { definition, process } = await loadResultsSurvey(context, request, request.identity.actor, params.id, params.slug);
    const query = parse(resultsQuerySchema, request.query);
    const filter = filterOf(definition, query.filter);
    const crossBy = crossByOf(definition, query.by);
    const results = await getSurveyResults(context.db, definition, { filter, crossBy });
    const texts = await firstTexts(context, definition, filter);
    const basePath = `/${request.locale}${surveyBasePath(params.slug, params.id)}`;
    const links = exportLinks(context, request.identity.actor, definition);
    return renderPage(
      context,
      request,
      reply,
      <ResultsPage
        definition={definition}
        results={results}
        texts={texts}
        filter={filter}
        crossBy={crossBy}
        basePath={basePath}
        exportLinks={links}
        process={process}
      />,
    );
  });

  page(app, 'GET', '/processes/:slug/surveys/:id/results/questions/:questionId', async (request, reply) => {
    const params = request.params as SurveyParams & { questionId: string };
    const { definition } = await loadResultsSurvey(context, request, request.identity.actor, params.id, params.slug);
    const question = definition.questions.find((candidate) => candidate.id === params.questionId);
    if (!question || !(isTextType(question.type) || question.settings.allowOther)) throw notFound();
    const query = parse(textsQuerySchema, request.query);
    if (query.after && query.before) throw invalid({ before: { key: 'platform.validation.invalid' } });
    const filter = filterOf(definition, query.filter);
    const texts = await listTextAnswers(context.db, definition, question.id, { ...query, filter, pageSize: TEXTS_PER_PAGE });
    const pageCount = Math.max(1, Math.ceil(texts.total / TEXTS_PER_PAGE));
    const basePath = `/${request.locale}${surveyBasePath(params.slug, params.id)}/results`;
    const links = textPageLinks(`${basePath}/questions/${question.id}`, query.filter, query.page, texts);
    return renderPage(
      context,
      request,
      reply,
      <TextAnswersPage
        question={question}
        surveyTitle={definition.survey.title}
        items={texts.items}
        total={texts.total}
        page={query.page}
        pageCount={pageCount}
        previousHref={links.previous}
        nextHref={links.next}
        backHref={basePath}
      />,
    );
  });

  context.api.add(app, {
    method: 'GET',
    url: '/surveys/:id/results',
    summary: 'A survey’s results as SQL aggregates, optionally filtered (?filter=question:choice) and cross-tabulated (?by=question)',
    tag: 'surveys',
    params: z.object({ id: pathIdSchema }),
    query: resultsQuerySchema,
    handler: async ({ params, query, request }) => {
      const { definition } = await loadResultsSurvey(context, request, request.identity.actor, params.id);
      const filter = filterOf(definition, query.filter);
      const crossBy = crossByOf(definition, query.by);
      return { surveyId: definition.survey.id, filter, crossBy, ...(await getSurveyResults(context.db, definition, { filter, crossBy })) };
    },
  });
}
