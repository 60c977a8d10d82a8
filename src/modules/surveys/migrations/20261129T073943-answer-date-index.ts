import { type Kysely, sql } from 'kysely';

/**
 * The first and last date answered to a date question, found by seeking an
 * index instead of reading every answer of the question: the first ten
 * characters of the text rows (all of a date, `YYYY-MM-DD`) in order per
 * question. Partial, so only text rows enter it, and only their start, so
 * long texts stay out of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('survey_answers_text_start')
    .on('survey_answers')
    .columns(['organisation_id', 'survey_id', 'question_id'])
    .expression(sql`substr(text_value, 1, 10)`)
    .where(sql.ref('text_value'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('survey_answers_text_start').execute();
}
