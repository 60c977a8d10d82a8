import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SurveyDefinition } from '../model.ts';
import { isAnswered } from '../queries/has-answers.ts';
import { confirmRequired } from './question-rules.ts';

/**
 * Removes a question. An unanswered one is deleted; an answered one needs
 * `confirm` and is archived, so its answers stay in results and exports.
 */
export async function removeQuestion(
  db: Db,
  definition: SurveyDefinition,
  questionId: string,
  options: { confirm: boolean; actorUserId: string | null },
  now: Date,
): Promise<'deleted' | 'archived'> {
  const question = definition.questions.find((candidate) => candidate.id === questionId && !candidate.removed);
  if (!question) throw refuse.notFound();
  const answered = await isAnswered(db, definition.survey, question.id);
  if (answered && !options.confirm) throw confirmRequired();
  const { organisationId } = definition.survey;
  await db.transaction().execute(async (trx) => {
    const scope = { organisationId, id: question.id };
    if (answered) {
      await trx
        .updateTable('survey_questions')
        .set({ removed_at: now.toISOString(), updated_at: now.toISOString() })
        .where('id', '=', scope.id)
        .$call(inOrganisation(organisationId, 'survey_questions'))
        .execute();
    } else {
      await trx
        .deleteFrom('survey_questions')
        .where('id', '=', scope.id)
        .$call(inOrganisation(organisationId, 'survey_questions'))
        .execute();
    }
    await recordAudit(
      trx,
      {
        organisationId,
        actorUserId: options.actorUserId,
        action: 'surveys.question.remove',
        subjectType: 'survey_question',
        subjectId: question.id,
        details: { answered },
      },
      now,
    );
  });
  return answered ? 'archived' : 'deleted';
}
