import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** True when anyone has submitted a response to the survey (editing rules tighten then). */
export async function hasResponses(db: Db, survey: { id: string; organisationId: string }): Promise<boolean> {
  const row = await db
    .selectFrom('survey_responses')
    .select('id')
    .$call(inOrganisation(survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', survey.id)
    .where('status', '=', 'submitted')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when some submitted response answers this question (or, given a choice, chose it). */
export async function isAnswered(
  db: Db,
  survey: { id: string; organisationId: string },
  questionId: string,
  choiceId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom('survey_answers')
    .select('id')
    .$call(inOrganisation(survey.organisationId, 'survey_answers'))
    .where('survey_id', '=', survey.id)
    .where('question_id', '=', questionId);
  if (choiceId) query = query.where('choice_id', '=', choiceId);
  const row = await query.limit(1).executeTakeFirst();
  return row !== undefined;
}
