import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { newToken } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Replay } from '../answer-guard.ts';
import { neighbourSection } from '../answering.ts';
import type { Answers, SurveyDefinition } from '../model.ts';
import type { OwnResponse, Respondent } from '../queries/find-own-response.ts';
import { SectionPage } from '../views/section-page.tsx';

/** What answering works on: the survey, who answers, and on a page the section posted. */
export interface AnsweringSubject {
  definition: SurveyDefinition;
  respondent: Respondent;
  /** The stored submission a retry is answered with (see `checkReplay`). */
  replay: Replay | undefined;
  /** The survey's answering pages' path without the language prefix. */
  basePath: string;
  /** The posted section's index (0 through the API, which submits the whole response). */
  index: number;
  own: OwnResponse | undefined;
  /** Set by the run before it refuses answers: the section to show again, with the answers kept and the receipt address. */
  shown?: { index: number; answers: Answers; receiptEmail: string | undefined };
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

/**
 * A section again (422) after its answers were refused: the section the run named with the
 * answers it kept, or (the form itself malformed) the posted section with what was sent.
 * A refusal of the submission itself (answered already) is the error page's to show.
 */
export function responseFormAgain(
  call: LoadCall<unknown> & { subject: AnsweringSubject },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  if (status !== 422) {
    const message = state.errors._;
    throw refuse.conflict(message?.key ?? 'surveys.answer.alreadyAnswered', message?.values);
  }
  const { subject, request } = call;
  const { definition } = subject;
  const shown = subject.shown ?? {
    index: subject.index,
    answers: { ...subject.own?.answers, ...sentValues(state.values) },
    receiptEmail: undefined,
  };
  const errors = subject.shown ? state.errors : toQuestionErrors(state.errors);
  return renderPage(
    call.context,
    request,
    reply,
    <SectionPage
      definition={definition}
      basePath={`/${request.locale}${subject.basePath}`}
      sectionIndex={shown.index}
      answers={shown.answers}
      errors={errors}
      isFirst={neighbourSection(definition, shown.answers, shown.index, -1) === -1}
      isLast={neighbourSection(definition, shown.answers, shown.index, 1) === -1}
      signedIn={subject.respondent.userId !== null}
      idempotencyKey={newToken(18)}
      receiptEmail={shown.receiptEmail}
    />,
    422,
  );
}
