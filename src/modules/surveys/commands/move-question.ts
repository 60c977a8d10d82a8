import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SurveyDefinition } from '../model.ts';

/** Swaps a question with its neighbour in the same section (up or down); at either end nothing moves. */
export async function moveQuestion(db: Db, definition: SurveyDefinition, questionId: string, direction: 'up' | 'down'): Promise<void> {
  const question = definition.questions.find((candidate) => candidate.id === questionId && !candidate.removed);
  if (!question) throw refuse.notFound();
  const siblings = definition.questions.filter((candidate) => candidate.sectionId === question.sectionId && !candidate.removed);
  const index = siblings.findIndex((candidate) => candidate.id === questionId);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  if (!other) return;
  const { organisationId } = definition.survey;
  const [first, second] =
    question.position === other.position ? [index, index + (direction === 'up' ? -1 : 1)] : [other.position, question.position];
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('survey_questions')
      .set({ position: first })
      .where('id', '=', question.id)
      .$call(inOrganisation(organisationId, 'survey_questions'))
      .execute();
    await trx
      .updateTable('survey_questions')
      .set({ position: second })
      .where('id', '=', other.id)
      .$call(inOrganisation(organisationId, 'survey_questions'))
      .execute();
  });
}
