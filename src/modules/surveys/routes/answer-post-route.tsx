import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { newToken } from '../../../platform/db/ids.ts';
import { conflict, type FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { neighbourSection, sectionOfFirstError } from '../answering.ts';
import { saveDraft } from '../commands/save-draft.ts';
import { sendReceipt } from '../commands/send-receipt.ts';
import { findByIdempotencyKey, submitResponse } from '../commands/submit-response.ts';
import { type Answers, activeQuestions, questionsOfSection, type SurveyDefinition } from '../model.ts';
import { findOwnResponse, type Respondent } from '../queries/find-own-response.ts';
import { sectionFormSchema } from '../schemas.ts';
import { validateAnswers } from '../validate-answers.ts';
import { SectionPage } from '../views/section-page.tsx';
import { requireAnswering } from './answer-guard.ts';
import { type SurveyParams, sectionIndexOf, surveyBasePath } from './answer-routes.tsx';
import { ensureRespondent, loadVisibleSurvey } from './survey-access.ts';

/** A rate limit per address on posting answers: generous for people, a brake for scripts. */
export const ANSWER_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

interface Flow {
  context: AppContext;
  request: FastifyRequest;
  reply: FastifyReply;
  definition: SurveyDefinition;
  respondent: Respondent;
  basePath: string;
}

/** Form field errors at question level (`answers.<id>.text` → `answers.<id>`), so they link to the question. */
function toQuestionErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const key = field.startsWith('answers.') ? field.split('.').slice(0, 2).join('.') : field === '_' ? 'answers' : field;
    result[key] ??= message;
  }
  return result;
}

/** What was sent, reduced to strings and lists of strings, so a form with errors shows it again safely. */
function sentValues(form: Record<string, unknown>): Answers {
  const answers = form.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return {};
  const keep = (value: unknown) => (typeof value === 'string' || Array.isArray(value) || typeof value === 'object' ? value : undefined);
  return Object.fromEntries(
    Object.entries(answers as Record<string, Record<string, unknown>>).map(([id, answer]) => [
      id,
      typeof answer === 'object' && answer ? Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, keep(value)])) : {},
    ]),
  ) as Answers;
}

function renderSection(flow: Flow, index: number, answers: Answers, errors: FieldErrors, receiptEmail?: string) {
  const { definition } = flow;
  return renderPage(
    flow.context,
    flow.request,
    flow.reply,
    <SectionPage
      definition={definition}
      basePath={flow.basePath}
      sectionIndex={index}
      answers={answers}
      errors={errors}
      isFirst={neighbourSection(definition, answers, index, -1) === -1}
      isLast={neighbourSection(definition, answers, index, 1) === -1}
      signedIn={flow.respondent.userId !== null}
      idempotencyKey={newToken(18)}
      receiptEmail={receiptEmail}
    />,
    422,
  );
}

async function submitAll(
  flow: Flow,
  answers: Answers,
  options: { idempotencyKey?: string | undefined; receiptEmail?: string | undefined },
) {
  const { context, definition, request } = flow;
  const full = validateAnswers(definition, answers, { scope: activeQuestions(definition), requireAnswers: true });
  const fields = Object.keys(full.errors);
  if (fields.length > 0)
    return renderSection(flow, sectionOfFirstError(definition, fields), full.answers, full.errors, options.receiptEmail);
  const now = context.clock.now();
  const result = await submitResponse(
    context.db,
    definition,
    flow.respondent,
    { answers: full.answers, locale: request.locale, ...options },
    now,
  );
  if (options.receiptEmail && !result.replayed) {
    const mail = {
      to: options.receiptEmail,
      locale: request.locale,
      definition,
      responseId: result.responseId,
      submittedAt: result.submittedAt,
      answers: full.answers,
    };
    await sendReceipt(context, mail, (error) => request.log.error({ err: error }, 'survey receipt mail failed'));
  }
  return flow.reply.redirect(`${flow.basePath}/receipt`, 303);
}

async function handleSectionPost(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const params = request.params as SurveyParams;
  const { definition } = await loadVisibleSurvey(context, request.identity.actor, params.id, params.slug);
  await requireAnswering(context, request, definition);
  const index = sectionIndexOf(params.number, definition.sections.length);
  const form = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
  const parsed = check(sectionFormSchema, form);
  const respondent = ensureRespondent(context, request, reply);
  const flow: Flow = {
    context,
    request,
    reply,
    definition,
    respondent,
    basePath: `/${request.locale}${surveyBasePath(params.slug, params.id)}`,
  };
  const own = await findOwnResponse(context.db, definition, respondent);
  if (own?.status === 'submitted' && !respondent.userId) {
    if (parsed.ok && (await findByIdempotencyKey(context.db, definition, parsed.data.idempotencyKey)))
      return reply.redirect(`${flow.basePath}/receipt`, 303);
    throw conflict('surveys.answer.alreadyAnswered');
  }
  if (!parsed.ok) return renderSection(flow, index, { ...own?.answers, ...sentValues(form) }, toQuestionErrors(parsed.errors));
  const { action, idempotencyKey, receiptEmail } = parsed.data;
  const section = definition.sections[index];
  const strict = action === 'next' || action === 'submit';
  const checked = validateAnswers(definition, parsed.data.answers as Answers, {
    previous: own?.answers,
    scope: questionsOfSection(definition, section?.id ?? ''),
    requireAnswers: strict,
  });
  await saveDraft(context.db, definition, respondent, { answers: checked.answers, locale: request.locale }, context.clock.now());
  if (strict && Object.keys(checked.errors).length > 0) return renderSection(flow, index, checked.answers, checked.errors, receiptEmail);
  if (action === 'previous')
    return reply.redirect(`${flow.basePath}/sections/${Math.max(0, neighbourSection(definition, checked.answers, index, -1)) + 1}`, 303);
  if (action === 'save') {
    setFlash(reply, 'surveys.answer.savedForLater');
    return reply.redirect(flow.basePath, 303);
  }
  const next = neighbourSection(definition, checked.answers, index, 1);
  if (next !== -1) return reply.redirect(`${flow.basePath}/sections/${next + 1}`, 303);
  return submitAll(flow, checked.answers, { idempotencyKey, receiptEmail });
}

/** Posting a section: keep its answers, then go back, on, save for later, or submit the whole response. */
export function registerAnswerPostRoute(app: FastifyInstance, context: AppContext): void {
  page(app, 'POST', '/processes/:slug/surveys/:id/sections/:number', (request, reply) => handleSectionPost(context, request, reply), {
    config: { rateLimit: ANSWER_RATE_LIMIT },
  });
}
