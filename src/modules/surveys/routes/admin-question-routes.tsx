import type { FastifyInstance } from 'fastify';
import { refuse } from '../../../platform/domain/refusal.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { withChoiceRows } from '../actions/question-form.tsx';
import { loadManagedSurvey } from '../loaders.ts';
import { QUESTION_TYPES } from '../tables.ts';
import { AdminQuestionPage } from '../views/admin-question-page.tsx';
import { emptyQuestionValues, questionValues } from '../views/question-form-values.ts';

type QuestionParams = { id: string; questionId: string };

/** The question pages (adding, changing, moving and removing questions are actions). */
export function registerAdminQuestionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/surveys/:id/questions/new', async (request, reply) => {
    const definition = await loadManagedSurvey(context, request, (request.params as QuestionParams).id);
    const query = request.query as Record<string, unknown>;
    const section = definition.sections.find((candidate) => candidate.id === query.section) ?? definition.sections[0];
    const type = QUESTION_TYPES.find((candidate) => candidate === query.type) ?? 'short_text';
    const values = withChoiceRows(emptyQuestionValues(section?.id ?? '', type));
    return renderPage(context, request, reply, <AdminQuestionPage definition={definition} questionId={null} values={values} />);
  });

  page(app, 'GET', '/admin/surveys/:id/questions/:questionId', async (request, reply) => {
    const params = request.params as QuestionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const question = definition.questions.find((candidate) => candidate.id === params.questionId && !candidate.removed);
    if (!question) throw refuse.notFound();
    return renderPage(
      context,
      request,
      reply,
      <AdminQuestionPage definition={definition} questionId={question.id} values={withChoiceRows(questionValues(question))} />,
    );
  });
}
