import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import type { SurveyDefinition } from '../model.ts';
import { questionSchema, SURVEY_LIMITS } from '../schemas.ts';
import { AdminQuestionPage } from '../views/admin-question-page.tsx';
import { formValuesOf, type QuestionFormValues } from '../views/question-form-values.ts';
import { INTENT_FIELD } from '../views/question-type-fields.tsx';
import { withoutOtherTypesFields } from '../views/question-type-parts.ts';
import { surveyAdminPath } from './builder-shapes.ts';

/** Choice rows shown when a question has fewer: a choice question needs two. */
const MINIMUM_CHOICE_ROWS = 2;

type ChoiceRow = QuestionFormValues['choices'][number];

function asFields(form: unknown): Record<string, unknown> {
  return typeof form === 'object' && form !== null && !Array.isArray(form) ? (form as Record<string, unknown>) : {};
}

/**
 * The button that changes the form, not the question (`add-choice`, `remove-choice-<index>`,
 * show a type's settings), if one was pressed; its field is not part of the input.
 */
function intentOf(request: FastifyRequest): string | undefined {
  const intent = asFields(request.body)[INTENT_FIELD];
  return typeof intent === 'string' && intent !== '' ? intent : undefined;
}

/** The question form as posted: the fields of other types than the chosen one are dropped before checking. */
export const questionFormInput = z.preprocess((form) => withoutOtherTypesFields(asFields(form)), questionSchema);

/**
 * A post by a button that changes the form saves nothing: it is refused, and the form
 * shows again with the change (`questionFormAgain`).
 */
export function refuseFormChange(call: Pick<LoadCall<unknown>, 'request' | 'surface'>): void {
  if (call.surface === 'page' && intentOf(call.request) !== undefined) throw refuse.invalid({});
}

/** The choice rows after an add or remove button (`add-choice`, `remove-choice-<index>`); one row at least. */
function editedChoices(choices: ChoiceRow[], intent: string): ChoiceRow[] {
  const removed = /^remove-choice-(\d+)$/.exec(intent);
  const rows =
    intent === 'add-choice' && choices.length < SURVEY_LIMITS.choicesMax
      ? [...choices, { label: {} }]
      : removed
        ? choices.filter((_, index) => index !== Number(removed[1]))
        : choices;
  return rows.length > 0 ? rows : [{ label: {} }];
}

/** A stored or new question's form, with empty choice rows up to the two a choice question needs. */
export function withChoiceRows(values: QuestionFormValues): QuestionFormValues {
  const missing = Math.max(0, MINIMUM_CHOICE_ROWS - values.choices.length);
  return { ...values, choices: [...values.choices, ...Array.from({ length: missing }, () => ({ label: {} }))] };
}

/**
 * The question form again, every value as typed: after a button that changes the form (200,
 * nothing saved), after an answered question's change that needs a confirmation (409), or
 * with the input's errors (422).
 */
export function questionFormAgain(
  call: LoadCall<unknown> & { subject: SurveyDefinition },
  reply: FastifyReply,
  questionId: string | null,
  state: FormState,
  status: number,
) {
  const values = formValuesOf(state.values);
  const intent = intentOf(call.request);
  if (intent !== undefined) values.choices = editedChoices(values.choices, intent);
  const needsConfirm = intent === undefined && status === 409;
  const errors = intent !== undefined || needsConfirm ? {} : state.errors;
  const shown = intent !== undefined ? 200 : needsConfirm ? 409 : 422;
  return renderPage(
    call.context,
    call.request,
    reply,
    <AdminQuestionPage definition={call.subject} questionId={questionId} values={values} errors={errors} needsConfirm={needsConfirm} />,
    shown,
  );
}

/** The question before an answered question is removed: its answers are archived with it. */
export function renderRemoveConfirm(call: LoadCall<unknown> & { subject: SurveyDefinition }, reply: FastifyReply, questionId: string) {
  const { context, request, subject } = call;
  const question = subject.questions.find((candidate) => candidate.id === questionId);
  const surveyPath = `/${request.locale}${surveyAdminPath(subject.survey.id)}`;
  const t = (key: string, values?: Record<string, string>) => context.translator.t(request.locale, key, values);
  return renderPage(
    context,
    request,
    reply,
    <ConfirmPage
      title={t('surveys.builder.removeTitle')}
      question={t('surveys.builder.removeQuestion', { question: question?.code.toUpperCase() ?? '' })}
      consequence={t('surveys.builder.removeConsequence')}
      action={`${surveyPath}/questions/${questionId}/remove`}
      cancelHref={surveyPath}
      confirmLabel={t('surveys.builder.removeConfirm')}
    />,
  );
}
