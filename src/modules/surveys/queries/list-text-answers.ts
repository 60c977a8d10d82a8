import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { SurveyDefinition } from '../model.ts';
import type { ResultFilter } from './survey-results.ts';

/** One free-text answer in a results list. */
export interface TextAnswer {
  /** The answer row's id: the cursor of the pages before and after it. */
  id: string;
  responseId: string;
  text: string;
}

/** A page of free-text answers, their total, and the cursor of the next page (the last answer's id) if there is one. */
export interface TextAnswerPage {
  items: TextAnswer[];
  total: number;
  nextCursor: string | null;
}

/**
 * Where a page starts: `after` (the answers after this answer id), `before`
 * (the page that ends just before it), or else `page` by offset — kept for
 * plain `?page=` links; the cursors cost the same on every page.
 */
export interface TextAnswerPosition {
  page?: number;
  after?: string | undefined;
  before?: string | undefined;
}

/**
 * A page of a question's free-text answers (texts, or "other" texts) with
 * their total, in answer id order: a stable order that the partial index
 * `survey_answers_free_text` serves, so both the page (by cursor) and the
 * count are read from the index whatever the number of answers.
 */
export async function listTextAnswers(
  db: Db,
  definition: SurveyDefinition,
  questionId: string,
  options: TextAnswerPosition & { filter: ResultFilter | null; pageSize: number },
): Promise<TextAnswerPage> {
  const { survey } = definition;
  // Only free texts (texts, dates, "other" texts) have a text value, and none of them a choice
  // (answer-rows.ts): the index's own predicate, written alone, so neither engine prefers a
  // choice index that would read every row for its text.
  let query = db
    .selectFrom('survey_answers')
    .$call(inOrganisation(survey.organisationId, 'survey_answers'))
    .where('survey_answers.survey_id', '=', survey.id)
    .where('survey_answers.question_id', '=', questionId)
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
  const rows = query.select(['survey_answers.id', 'survey_answers.response_id', 'survey_answers.text_value']).limit(options.pageSize + 1);
  const { after, before } = options;
  const page = before
    ? rows.where('survey_answers.id', '<', before).orderBy('survey_answers.id', 'desc')
    : after
      ? rows.where('survey_answers.id', '>', after).orderBy('survey_answers.id')
      : rows.orderBy('survey_answers.id').offset(((options.page ?? 1) - 1) * options.pageSize);
  const [found, count] = await Promise.all([page.execute(), query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst()]);
  const items = found.slice(0, options.pageSize).map((row) => ({ id: row.id, responseId: row.response_id, text: row.text_value ?? '' }));
  // Going back, the extra row is the one before the page, and the page is read backwards; there is always a next page.
  if (before) items.reverse();
  const last = items.at(-1);
  const hasNext = before ? items.length > 0 : found.length > options.pageSize;
  return { items, total: Number(count?.count ?? 0), nextCursor: hasNext && last ? last.id : null };
}
