import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { SurveyDefinition } from '../model.ts';
import type { ResultFilter } from './survey-results.ts';

/** One free-text answer in a results list. */
export interface TextAnswer {
  responseId: string;
  text: string;
}

/**
 * A page of a question's free-text answers (texts, or "other" texts) with
 * their total. Ordered by answer id: a stable order that the aggregate index
 * serves without joining the responses, so the first page stays fast with
 * 100,000 answers.
 */
export async function listTextAnswers(
  db: Db,
  definition: SurveyDefinition,
  questionId: string,
  options: { filter: ResultFilter | null; page: number; pageSize: number },
): Promise<{ items: TextAnswer[]; total: number }> {
  const { survey } = definition;
  let query = db
    .selectFrom('survey_answers')
    .$call(inOrganisation(survey.organisationId, 'survey_answers'))
    .where('survey_answers.survey_id', '=', survey.id)
    .where('survey_answers.question_id', '=', questionId)
    .where('survey_answers.choice_id', 'is', null)
    .where('survey_answers.text_value', 'is not', null);
  if (options.filter) {
    const { questionId: filterQuestion, choiceId } = options.filter;
    query = query.where('survey_answers.response_id', 'in', (eb) =>
      eb
        .selectFrom('survey_answers as f')
        .select('f.response_id')
        .where('f.survey_id', '=', survey.id)
        .where('f.question_id', '=', filterQuestion)
        .where('f.choice_id', '=', choiceId),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(['survey_answers.response_id', 'survey_answers.text_value'])
      .orderBy('survey_answers.id')
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst(),
  ]);
  return {
    items: rows.map((row) => ({ responseId: row.response_id, text: row.text_value ?? '' })),
    total: Number(count?.count ?? 0),
  };
}
