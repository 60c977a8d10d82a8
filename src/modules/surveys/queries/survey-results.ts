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

/** Question types with at most one answer row per response (multiple choice and ranking have one per choice). */
const SINGLE_ROW_TYPES = ['short_text', 'long_text', 'single_choice', 'scale', 'number', 'date'];

/**
 * Responses that answered each question: a plain row count for the question
 * types with at most one row per response (equal, and much cheaper than
 * counting distinct responses on PostgreSQL), distinct responses for the rest.
 */
async function countAnswered(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const singleRowIds = idsOf(definition, SINGLE_ROW_TYPES);
  const [single, multiple] = await Promise.all([
    base(db, definition, filter)
      .select(['question_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('question_id', 'in', singleRowIds)
      .groupBy('question_id')
      .execute(),
    base(db, definition, filter)
      .select(['question_id', (eb) => eb.fn.count<number>('response_id').distinct().as('count')])
      .where('question_id', 'not in', singleRowIds)
      .groupBy('question_id')
      .execute(),
  ]);
  return Object.fromEntries([...single, ...multiple].map((row) => [row.question_id, Number(row.count)]));
}

async function dateRanges(db: Db, definition: SurveyDefinition, filter: ResultFilter | null) {
  const rows = await base(db, definition, filter)
    .select(['question_id', (eb) => eb.fn.min<string>('text_value').as('first'), (eb) => eb.fn.max<string>('text_value').as('last')])
    .where('question_id', 'in', idsOf(definition, ['date']))
    .groupBy('question_id')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.question_id, { first: row.first, last: row.last }]));
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
  const [total, answered, choiceCounts, valueCounts, ranks, dates, overTime, crossTab] = await Promise.all([
    countTotal(db, definition, filter),
    countAnswered(db, definition, filter),
    countChoices(db, definition, filter),
    countValues(db, definition, filter),
    rankStatistics(db, definition, filter),
    dateRanges(db, definition, filter),
    countOverTime(db, definition, filter),
    byQuestion ? crossTabulate(db, definition, filter, byQuestion.id) : Promise.resolve(null),
  ]);
  return { total, answered, choiceCounts, valueCounts, ranks, dates, overTime, crossTab };
}
