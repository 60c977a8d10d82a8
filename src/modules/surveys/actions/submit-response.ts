import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ActionCall, defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import { checkReplay, requireAnswering } from '../answer-guard.ts';
import { neighbourSection, sectionIndexOf, sectionOfFirstError, surveyBasePath } from '../answering.ts';
import { saveDraft } from '../commands/save-draft.ts';
import { sendReceipt } from '../commands/send-receipt.ts';
import { type SubmittedResponse, submitResponse } from '../commands/submit-response.ts';
import { type Answers, activeQuestions, questionsOfSection } from '../model.ts';
import { receiptResponseSchema } from '../presenters.ts';
import { findOwnResponse, findResponseRow } from '../queries/find-own-response.ts';
import { pathIdSchema, SURVEY_LIMITS, sectionFormSchema, submitResponseSchema } from '../schemas.ts';
import { ensureRespondent, loadVisibleSurvey, respondentOf } from '../survey-access.ts';
import { validateAnswers } from '../validate-answers.ts';
import { type AnsweringSubject, responseFormAgain } from './response-form.tsx';

/** A rate limit per address on posting answers: generous for people, a brake for scripts. */
export const ANSWER_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

/** A section's form as posted: its answers, where to go next, and on the last page the receipt address. */
type AnswerInput = z.output<typeof sectionFormSchema>;

/** Where answering goes next (a path without the language prefix) and, once submitted, what was stored. */
interface AnswerResult {
  next: string;
  flash?: string;
  submitted?: SubmittedResponse;
  answers?: Answers;
}

type Params = { id: string; slug?: string; number?: string };
type Call = ActionCall<Params, AnsweringSubject, AnswerInput>;

/** The API's idempotency key: in the body, or else the `Idempotency-Key` header. */
function apiIdempotencyKey(request: FastifyRequest, body: { idempotencyKey?: string | undefined }): string | undefined {
  const header = request.headers['idempotency-key'];
  return body.idempotencyKey ?? (typeof header === 'string' ? header.slice(0, SURVEY_LIMITS.idempotencyKeyMax) : undefined);
}

/** Checks the whole response and stores it, or refuses it showing the first section with an error. */
async function submitWhole(call: Call, answers: Answers): Promise<AnswerResult> {
  const { context, request, reply, subject, input } = call;
  const { definition } = subject;
  const next = `${subject.basePath}/receipt`;
  if (subject.replay) return { next, submitted: { ...subject.replay, replayed: true } };
  const full = validateAnswers(definition, answers, { scope: activeQuestions(definition), requireAnswers: true });
  const fields = Object.keys(full.errors);
  if (fields.length > 0) {
    subject.shown = { index: sectionOfFirstError(definition, fields), answers: full.answers, receiptEmail: input.receiptEmail };
    throw refuse.invalid(full.errors);
  }
  // Through the API the browser gets its cookie only now, once there is something to keep.
  const respondent = call.surface === 'api' ? ensureRespondent(context, request, reply, definition.survey.id) : subject.respondent;
  const stored = { answers: full.answers, locale: request.locale, idempotencyKey: input.idempotencyKey };
  const submitted = await submitResponse(context.db, definition, respondent, stored, call.now);
  return { next, submitted, answers: full.answers };
}

/** A section posted on the page: keep its answers, then go back, on, save for later, or submit the whole response. */
async function answerSection(call: Call): Promise<AnswerResult> {
  const { context, request, subject, input } = call;
  const { definition, index } = subject;
  if (subject.replay) return { next: `${subject.basePath}/receipt` };
  const section = definition.sections[index];
  const strict = input.action === 'next' || input.action === 'submit';
  const checked = validateAnswers(definition, input.answers as Answers, {
    previous: subject.own?.answers,
    scope: questionsOfSection(definition, section?.id ?? ''),
    requireAnswers: strict,
  });
  await saveDraft(context.db, definition, subject.respondent, { answers: checked.answers, locale: request.locale }, call.now);
  if (strict && Object.keys(checked.errors).length > 0) {
    subject.shown = { index, answers: checked.answers, receiptEmail: input.receiptEmail };
    throw refuse.invalid(checked.errors);
  }
  if (input.action === 'previous')
    return { next: `${subject.basePath}/sections/${Math.max(0, neighbourSection(definition, checked.answers, index, -1)) + 1}` };
  if (input.action === 'save') return { next: subject.basePath, flash: 'surveys.answer.savedForLater' };
  const following = neighbourSection(definition, checked.answers, index, 1);
  if (following !== -1) return { next: `${subject.basePath}/sections/${following + 1}` };
  return submitWhole(call, checked.answers);
}

/** After the commit: the receipt by e-mail when one was asked for (the address is not stored); never for a retry. */
async function mailReceipt(call: Call, result: AnswerResult): Promise<void> {
  const { context, request, input, subject } = call;
  if (!input.receiptEmail || !result.submitted || result.submitted.replayed || !result.answers) return;
  const mail = {
    to: input.receiptEmail,
    locale: request.locale,
    definition: subject.definition,
    responseId: result.submitted.responseId,
    submittedAt: result.submitted.submittedAt,
    answers: result.answers,
  };
  await sendReceipt(context, mail, (error) => request.log.error({ err: error }, 'survey receipt mail failed'));
}

/**
 * Answering a survey: through the API the whole response at once; on the page section by
 * section (each post keeps its answers as a draft) and submitted from the last one. Both
 * check the audience and the opening times first, then the replay rule (a browser without
 * an account answers once; a retry answers with the stored submission).
 */
export const submitResponseAction = defineAction<Params, AnsweringSubject, AnswerInput, AnswerResult>({
  name: 'surveys.response.submit',
  summary: 'Submits (or, for an account before the close, replaces) the caller’s response',
  tag: 'surveys',
  load: async ({ context, request, reply, params, actor, surface }) => {
    const { definition } = await loadVisibleSurvey(context, actor, params.id, params.slug);
    await requireAnswering(context, request, definition);
    const basePath = surveyBasePath(params.slug ?? '', params.id);
    if (surface === 'api') {
      const respondent = respondentOf(request, definition.survey.id);
      const row = await findResponseRow(context.db, definition.survey.organisationId, definition.survey.id, respondent);
      const key = () => {
        const sent = (request.body as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
        return apiIdempotencyKey(request, { idempotencyKey: typeof sent === 'string' ? sent.trim() || undefined : undefined });
      };
      const replay = await checkReplay(context.db, definition, respondent, row, key);
      return { definition, respondent, replay, basePath, index: 0, own: undefined };
    }
    const index = sectionIndexOf(params.number, definition.sections.length);
    const respondent = ensureRespondent(context, request, reply, definition.survey.id);
    const own = await findOwnResponse(context.db, definition, respondent);
    const key = () => {
      const parsed = check(sectionFormSchema, unflattenForm((request.body ?? {}) as Record<string, string | string[]>));
      return parsed.ok ? parsed.data.idempotencyKey : undefined;
    };
    const replay = await checkReplay(context.db, definition, respondent, own, key);
    return { definition, respondent, replay, basePath, index, own };
  },
  rateLimit: ANSWER_RATE_LIMIT,
  run: (call) => (call.surface === 'api' ? submitWhole(call, call.input.answers as Answers) : answerSection(call)),
  pageVersion: 'unchanged',
  after: [mailReceipt],
  api: {
    method: 'POST',
    url: '/surveys/:id/responses',
    params: z.object({ id: pathIdSchema }),
    access: 'public',
    body: submitResponseSchema,
    toInput: ({ request, input }) => {
      const body = input as z.output<typeof submitResponseSchema>;
      return { ...body, action: 'submit' as const, idempotencyKey: apiIdempotencyKey(request, body) };
    },
    status: 201,
    response: receiptResponseSchema,
    present: (_, result) => ({
      id: result.submitted?.responseId ?? '',
      status: 'submitted' as const,
      submittedAt: result.submitted?.submittedAt ?? null,
      replayed: result.submitted?.replayed ?? false,
    }),
    errors: [409],
  },
  page: {
    url: '/processes/:slug/surveys/:id/sections/:number',
    params: z.object({ slug: z.string(), id: z.string(), number: z.string() }),
    input: sectionFormSchema,
    guard: ({ subject }) => (subject.replay ? `${subject.basePath}/receipt` : undefined),
    form: responseFormAgain,
    done: (_, result) => ({ to: result.next, ...(result.flash ? { flash: result.flash } : {}) }),
  },
});
