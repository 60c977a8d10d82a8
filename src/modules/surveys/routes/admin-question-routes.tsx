import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldErrors, HttpError, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { moveQuestion } from '../commands/move-question.ts';
import { removeQuestion } from '../commands/remove-question.ts';
import { saveQuestion } from '../commands/save-question.ts';
import type { SurveyDefinition } from '../model.ts';
import { questionSchema, SURVEY_LIMITS } from '../schemas.ts';
import { QUESTION_TYPES } from '../tables.ts';
import { AdminQuestionPage } from '../views/admin-question-page.tsx';
import { emptyQuestionValues, formValuesOf, type QuestionFormValues, questionValues } from '../views/question-form-values.ts';
import { INTENT_FIELD } from '../views/question-type-fields.tsx';
import { withoutOtherTypesFields } from '../views/question-type-parts.ts';
import { loadManagedSurvey } from './api-builder-routes.ts';

type QuestionParams = { id: string; questionId: string };

function surveyPath(request: FastifyRequest, definition: SurveyDefinition): string {
  return `/${request.locale}/admin/surveys/${definition.survey.id}`;
}

async function saveFromForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  definition: SurveyDefinition,
  questionId: string | null,
) {
  const body = (request.body ?? {}) as Record<string, string | string[]>;
  const form = unflattenForm(body);
  const values = formValuesOf(form);
  const show = (errors: FieldErrors, status: number, needsConfirm = false) =>
    renderPage(
      context,
      request,
      reply,
      <AdminQuestionPage definition={definition} questionId={questionId} values={values} errors={errors} needsConfirm={needsConfirm} />,
      status,
    );
  const intent = body[INTENT_FIELD];
  if (typeof intent === 'string' && intent !== '') {
    // A button that changes the form, not the question: the form again, nothing saved, every value kept.
    values.choices = editedChoices(values.choices, intent);
    return show({}, 200);
  }
  const checked = check(questionSchema, withoutOtherTypesFields(form));
  if (!checked.ok) return show(checked.errors, 422);
  try {
    await saveQuestion(context.db, definition, questionId, checked.data, request.identity.user?.id ?? null, context.clock.now());
  } catch (error) {
    if (error instanceof HttpError && error.code === 'confirm-required') return show({}, 409, true);
    if (error instanceof HttpError && error.status === 422) return show(error.fieldErrors, 422);
    throw error;
  }
  setFlash(reply, 'surveys.admin.saved');
  return reply.redirect(surveyPath(request, definition), 303);
}

/** Choice rows shown when a question has fewer: a choice question needs two. */
const MINIMUM_CHOICE_ROWS = 2;

type ChoiceRow = QuestionFormValues['choices'][number];

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
function withChoiceRows(values: QuestionFormValues): QuestionFormValues {
  const missing = Math.max(0, MINIMUM_CHOICE_ROWS - values.choices.length);
  return { ...values, choices: [...values.choices, ...Array.from({ length: missing }, () => ({ label: {} }))] };
}

/** Adding, editing, moving and removing questions (answered ones only after a confirmation). */
export function registerAdminQuestionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/surveys/:id/questions/new', async (request, reply) => {
    const definition = await loadManagedSurvey(context, request, (request.params as QuestionParams).id);
    const query = request.query as Record<string, unknown>;
    const section = definition.sections.find((candidate) => candidate.id === query.section) ?? definition.sections[0];
    const type = QUESTION_TYPES.find((candidate) => candidate === query.type) ?? 'short_text';
    const values = withChoiceRows(emptyQuestionValues(section?.id ?? '', type));
    return renderPage(context, request, reply, <AdminQuestionPage definition={definition} questionId={null} values={values} />);
  });

  page(app, 'POST', '/admin/surveys/:id/questions/new', async (request, reply) => {
    const definition = await loadManagedSurvey(context, request, (request.params as QuestionParams).id);
    return saveFromForm(context, request, reply, definition, null);
  });

  page(app, 'GET', '/admin/surveys/:id/questions/:questionId', async (request, reply) => {
    const params = request.params as QuestionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const question = definition.questions.find((candidate) => candidate.id === params.questionId && !candidate.removed);
    if (!question) throw notFound();
    return renderPage(
      context,
      request,
      reply,
      <AdminQuestionPage definition={definition} questionId={question.id} values={withChoiceRows(questionValues(question))} />,
    );
  });

  page(app, 'POST', '/admin/surveys/:id/questions/:questionId', async (request, reply) => {
    const params = request.params as QuestionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    return saveFromForm(context, request, reply, definition, params.questionId);
  });

  page(app, 'POST', '/admin/surveys/:id/questions/:questionId/remove', async (request, reply) => {
    const params = request.params as QuestionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const options = { confirm: body.confirm === 'yes', actorUserId: request.identity.user?.id ?? null };
    try {
      await removeQuestion(context.db, definition, params.questionId, options, context.clock.now());
    } catch (error) {
      if (!(error instanceof HttpError && error.code === 'confirm-required')) throw error;
      const question = definition.questions.find((candidate) => candidate.id === params.questionId);
      const title = context.translator.t(request.locale, 'surveys.builder.removeTitle');
      return renderPage(
        context,
        request,
        reply,
        <ConfirmPage
          title={title}
          question={context.translator.t(request.locale, 'surveys.builder.removeQuestion', {
            question: question?.code.toUpperCase() ?? '',
          })}
          consequence={context.translator.t(request.locale, 'surveys.builder.removeConsequence')}
          action={`${surveyPath(request, definition)}/questions/${params.questionId}/remove`}
          cancelHref={surveyPath(request, definition)}
          confirmLabel={context.translator.t(request.locale, 'surveys.builder.removeConfirm')}
        />,
      );
    }
    setFlash(reply, 'surveys.admin.questionRemoved');
    return reply.redirect(surveyPath(request, definition), 303);
  });

  page(app, 'POST', '/admin/surveys/:id/questions/:questionId/move', async (request, reply) => {
    const params = request.params as QuestionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    await moveQuestion(context.db, definition, params.questionId, body.direction === 'up' ? 'up' : 'down');
    return reply.redirect(surveyPath(request, definition), 303);
  });
}
