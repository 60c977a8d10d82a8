import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { hasChoices, type SurveyDefinition } from '../model.ts';
import '../tables.ts';

/** Only the responses that chose this choice of a (background) question. */
export interface ResultFilter {
  questionId: string;
  choiceId: string;
}

/** The key of an "other" answer among a question's choice counts. */
export const OTHER_KEY = 'other';

/** The nested record at `key`, made on first use. */
function child<T>(record: Record<string, T>, key: string, make: () => T): T {
  const existing = record[key];
  if (existing !== undefined) return existing;
  const made = make();
  record[key] = made;
  return made;
}

/** Every aggregate of a survey's results: counts computed in SQL, a handful of queries whatever the number of responses. */
export interface SurveyResults {
  total: number;
  /** Responses that answered each question. */
  answered: Record<string, number>;
  /** question → choice id (or 'other') → count. */
  choiceCounts: Record<string, Record<string, number>>;
  /** question → value → count, for scales and numbers. */
  valueCounts: Record<string, Array<{ value: number; count: number }>>;
  /** question → choice → mean position and the number of first places. */
  ranks: Record<string, Record<string, { meanRank: number; firsts: number; count: number }>>;
  dates: Record<string, { first: string; last: string }>;
  overTime: Array<{ day: string; count: number }>;
  /** question → choice → choice of the cross-tabulating question → count. */
  crossTab: Record<string, Record<string, Record<string, number>>> | null;
}

type AnswerQuery = SelectQueryBuilder<Database, 'survey_answers', object>;

function base(db: Db, definition: SurveyDefinition, filter: ResultFilter | null): AnswerQuery {
  const { survey } = definition;
  let query = db
    .selectFrom('survey_answers')
    .$call(inOrganisation(survey.organisationId, 'survey_answers'))
    .where('survey_answers.survey_id', '=', survey.id);
  if (filter) query = query.where('survey_answers.response_id', 'in', filteredResponses(db, definition, filter));
  return query;
}

function filteredResponses(db: Db, definition: SurveyDefinition, filter: ResultFilter) {
  return db
    .selectFrom('survey_answers as f')
    .select('f.response_id')
    .where('f.survey_id', '=', definition.survey.id)
    .where('f.question_id', '=', filter.questionId)
    .where('f.choice_id', '=', filter.choiceId);
}

async function countTotal(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  let query = db
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(definition.survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', definition.survey.id)
    .where('status', '=', 'submitted');
  if (filter) query = query.where('id', 'in', filteredResponses(db, definition, filter));
  return Number((await query.executeTakeFirst())?.count ?? 0);
}

async function countOverTime(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const day = sql<string>`substr(submitted_at, 1, 10)`;
  let query = db
    .selectFrom('survey_responses')
    .select([day.as('day'), (eb) => eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(definition.survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', definition.survey.id)
    .where('status', '=', 'submitted')
    .groupBy(day)
    .orderBy(day);
  if (filter) query = query.where('id', 'in', filteredResponses(db, definition, filter));
  return (await query.execute()).map((row) => ({ day: row.day, count: Number(row.count) }));
}

function idsOf(definition: SurveyDefinition, types: string[]): string[] {
  const ids = definition.questions.filter((question) => types.includes(question.type)).map((question) => question.id);
  return ids.length ? ids : [''];
}

async function countChoices(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const rows = await base(db, definition, filter)
    .select(['question_id', 'choice_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('question_id', 'in', idsOf(definition, ['single_choice', 'multiple_choice']))
    .groupBy(['question_id', 'choice_id'])
    .execute();
  const counts: SurveyResults['choiceCounts'] = {};
  for (const row of rows)
    child(counts, row.question_id, (): Record<string, number> => ({}))[row.choice_id ?? OTHER_KEY] = Number(row.count);
  return counts;
}

async function countValues(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const rows = await base(db, definition, filter)
    .select(['question_id', 'number_value', (eb) => eb.fn.countAll<number>().as('count')])
    .where('question_id', 'in', idsOf(definition, ['scale', 'number']))
    .where('number_value', 'is not', null)
    .groupBy(['question_id', 'number_value'])
    .orderBy('number_value')
    .execute();
  const values: SurveyResults['valueCounts'] = {};
  for (const row of rows) child(values, row.question_id, () => []).push({ value: Number(row.number_value), count: Number(row.count) });
  return values;
}

async function rankStatistics(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const rows = await base(db, definition, filter)
    .select([
      'question_id',
      'choice_id',
      (eb) => eb.fn.avg<number>('rank_value').as('mean_rank'),
      (eb) => eb.fn.countAll<number>().as('count'),
      sql<number>`sum(case when rank_value = 1 then 1 else 0 end)`.as('firsts'),
    ])
    .where('question_id', 'in', idsOf(definition, ['ranking']))
    .where('rank_value', 'is not', null)
    .groupBy(['question_id', 'choice_id'])
    .execute();
  const ranks: SurveyResults['ranks'] = {};
  for (const row of rows) {
    child(ranks, row.question_id, (): Record<string, { meanRank: number; firsts: number; count: number }> => ({}))[row.choice_id ?? ''] = {
      meanRank: Number(row.mean_rank),
      firsts: Number(row.firsts),
      count: Number(row.count),
    };
  }
  return ranks;
}

/**
 * Responses that answered each free-text, date and multiple-choice question.
 * Every text and date answer is one row with a text value, so those are
 * counted from the partial free-text index alone; a multiple-choice answer has
 * a row per pick, so it counts the distinct (question, response) pairs of the
 * covering index, which both engines read in index order instead of sorting
 * inside `count(distinct …)`. The other types need no query: see `answeredOf`.
 */
async function countAnswered(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const pairs = base(db, definition, filter)
    .select(['survey_answers.question_id', 'survey_answers.response_id'])
    .distinct()
    .where('survey_answers.question_id', 'in', idsOf(definition, ['multiple_choice']));
  const [texts, multiple] = await Promise.all([
    base(db, definition, filter)
      .select(['question_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('question_id', 'in', idsOf(definition, ['short_text', 'long_text', 'date']))
      .where('text_value', 'is not', null)
      .groupBy('question_id')
      .execute(),
    db
      .selectFrom(pairs.as('pairs'))
      .select(['pairs.question_id', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('pairs.question_id')
      .execute(),
  ]);
  return Object.fromEntries([...texts, ...multiple].map((row) => [row.question_id, Number(row.count)]));
}

const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);

/**
 * Every answered count, from `countAnswered` and the other aggregates: a
 * single choice, scale or number answer is one row (a choice or "other", a
 * value), so its respondents are the sum of its choice or value counts; a
 * ranking ranks every choice it orders from 1, so its respondents are its
 * first places. A question without answers has no entry, as in a plain count.
 */
function answeredOf(
  definition: SurveyDefinition,
  counted: Record<string, number>,
  aggregates: Pick<SurveyResults, 'choiceCounts' | 'valueCounts' | 'ranks'>,
): Record<string, number> {
  const answered = { ...counted };
  for (const question of definition.questions) {
    const choices = aggregates.choiceCounts[question.id];
    const values = aggregates.valueCounts[question.id];
    const ranks = aggregates.ranks[question.id];
    if (question.type === 'single_choice' && choices) answered[question.id] = sum(Object.values(choices));
    else if ((question.type === 'scale' || question.type === 'number') && values)
      answered[question.id] = sum(values.map((row) => row.count));
    else if (question.type === 'ranking' && ranks) answered[question.id] = sum(Object.values(ranks).map((rank) => rank.firsts));
  }
  return answered;
}

/**
 * The first and last date answered to each date question: a minimum and a
 * maximum per question, each a seek into the index `survey_answers_text_start`
 * (its expression, the first ten characters of a text, is the whole of a
 * `YYYY-MM-DD` date), in one statement. A question without answers has no entry.
 */
async function dateRanges(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const [first, ...rest] = definition.questions.filter((question) => question.type === 'date').map((question) => question.id);
  if (first === undefined) return {};
  const answers = (questionId: string) =>
    base(db, definition, filter).where('question_id', '=', questionId).where('text_value', 'is not', null);
  const range = (questionId: string) =>
    db.selectNoFrom([
      sql<string>`cast(${questionId} as text)`.as('question_id'),
      answers(questionId).select(sql<string>`min(substr(text_value, 1, 10))`.as('value')).as('first'),
      answers(questionId).select(sql<string>`max(substr(text_value, 1, 10))`.as('value')).as('last'),
    ]);
  const rows = await rest.reduce((query, questionId) => query.unionAll(range(questionId)), range(first)).execute();
  return Object.fromEntries(
    rows.flatMap((row) => (row.first === null || row.last === null ? [] : [[row.question_id, { first: row.first, last: row.last }]])),
  );
}

async function crossTabulate(db: Db, definition: SurveyDefinition, filter: ResultFilter | null, byQuestionId: string) {
  const rows = await base(db, definition, filter)
    .innerJoin('survey_answers as b', (join) =>
      join.onRef('b.response_id', '=', 'survey_answers.response_id').on('b.question_id', '=', byQuestionId),
    )
    .select([
      'survey_answers.question_id',
      'survey_answers.choice_id',
      'b.choice_id as by_choice',
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('survey_answers.question_id', 'in', idsOf(definition, ['single_choice', 'multiple_choice']))
    .where('b.choice_id', 'is not', null)
    .groupBy(['survey_answers.question_id', 'survey_answers.choice_id', 'b.choice_id'])
    .execute();
  const table: NonNullable<SurveyResults['crossTab']> = {};
  for (const row of rows) {
    const byQuestion = child(table, row.question_id, (): Record<string, Record<string, number>> => ({}));
    const byChoice = child(byQuestion, row.choice_id ?? OTHER_KEY, (): Record<string, number> => ({}));
    byChoice[row.by_choice ?? ''] = Number(row.count);
  }
  return table;
}

/** The survey's results, optionally only of responses that chose `filter`, cross-tabulated by a choice question. */
export async function getSurveyResults(
  db: Db,
  definition: SurveyDefinition,
  options: { filter: ResultFilter | null; crossBy: string | null },
): Promise<SurveyResults> {
  const { filter } = options;
  const byQuestion = definition.questions.find((question) => question.id === options.crossBy && hasChoices(question.type));
  const [total, counted, choiceCounts, valueCounts, ranks, dates, overTime, crossTab] = await Promise.all([
    countTotal(db, definition, filter),
    countAnswered(db, definition, filter),
    countChoices(db, definition, filter),
    countValues(db, definition, filter),
    rankStatistics(db, definition, filter),
    dateRanges(db, definition, filter),
    countOverTime(db, definition, filter),
    byQuestion ? crossTabulate(db, definition, filter, byQuestion.id) : Promise.resolve(null),
  ]);
  const answered = answeredOf(definition, counted, { choiceCounts, valueCounts, ranks });
  return { total, answered, choiceCounts, valueCounts, ranks, dates, overTime, crossTab };
}
