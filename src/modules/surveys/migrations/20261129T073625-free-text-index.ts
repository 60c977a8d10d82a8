import { type Kysely, sql } from 'kysely';

/**
 * A partial index of the free-text rows (texts, dates and "other, what?"
 * texts: the only rows with a text value, and none of them has a choice) in
 * answer id order per question. The free-text list pages through it by id
 * (first page and cursors) and counts from it alone, instead of walking the
 * whole table in id order or reading every answer row of the question.
 * Partial, so the choice, number and rank rows — most of the table — add
 * nothing to it; and without the text itself, so long texts stay out of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('survey_answers_free_text')
    .on('survey_answers')
    .columns(['organisation_id', 'survey_id', 'question_id', 'id'])
    .where(sql.ref('text_value'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('survey_answers_free_text').execute();
}
