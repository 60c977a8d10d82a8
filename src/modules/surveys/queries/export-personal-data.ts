import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { PersonalDataSubject } from '../../../platform/personal-data.ts';
import { findOwnResponse } from './find-own-response.ts';
import { findSurveyDefinition } from './find-survey.ts';

/**
 * A person's survey responses for "download my data": each survey's title,
 * when they answered, and their answers by question code (drafts included).
 */
export async function exportSurveyPersonalData(context: AppContext, subject: PersonalDataSubject) {
  const rows = await context.db
    .selectFrom('survey_responses')
    .select(['survey_id'])
    .$call(inOrganisation(subject.organisationId, 'survey_responses'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  const responses = [];
  for (const row of rows) {
    const definition = await findSurveyDefinition(context.db, subject.organisationId, row.survey_id);
    if (!definition) continue;
    const own = await findOwnResponse(context.db, definition, { userId: subject.userId, browserKey: null });
    if (!own) continue;
    const byCode = (answers: typeof own.answers) =>
      Object.fromEntries(definition.questions.flatMap((question) => (answers[question.id] ? [[question.code, answers[question.id]]] : [])));
    responses.push({
      survey: { id: definition.survey.id, title: definition.survey.title },
      status: own.status,
      submittedAt: own.submittedAt,
      updatedAt: own.updatedAt,
      answers: byCode(own.submitted),
      draft: own.status === 'draft' ? byCode(own.answers) : undefined,
    });
  }
  return { responses };
}
