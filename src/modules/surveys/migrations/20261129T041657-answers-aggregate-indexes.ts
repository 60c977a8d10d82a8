import type { Kysely } from 'kysely';

/**
 * Covering indexes for the results aggregates, so a survey with 100,000
 * responses is counted from the index alone instead of a row lookup per
 * answer: answered questions (distinct responses per question), scale and
 * number values, choice counts with rank statistics, and responses over
 * time. They lead with organisation_id because every query is scoped by it:
 * a scoped query that had to read the row for it would not be covered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('survey_answers_question_response')
    .on('survey_answers')
    .columns(['organisation_id', 'survey_id', 'question_id', 'response_id'])
    .execute();
  await db.schema
    .createIndex('survey_answers_question_number')
    .on('survey_answers')
    .columns(['organisation_id', 'survey_id', 'question_id', 'number_value'])
    .execute();
  await db.schema
    .createIndex('survey_answers_choice_rank')
    .on('survey_answers')
    .columns(['organisation_id', 'survey_id', 'question_id', 'choice_id', 'rank_value'])
    .execute();
  await db.schema
    .createIndex('survey_responses_organisation_submitted')
    .on('survey_responses')
    .columns(['organisation_id', 'survey_id', 'status', 'submitted_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('survey_responses_organisation_submitted').execute();
  await db.schema.dropIndex('survey_answers_choice_rank').execute();
  await db.schema.dropIndex('survey_answers_question_number').execute();
  await db.schema.dropIndex('survey_answers_question_response').execute();
}
