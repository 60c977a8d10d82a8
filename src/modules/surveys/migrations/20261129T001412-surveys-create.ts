import type { Kysely } from 'kysely';

/**
 * Surveys with sections, questions and choices; responses with one row per
 * answer value, indexed so results are SQL aggregates over (survey, question, choice).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('phase_id', 'text', (column) => column.references('process_phases.id').onDelete('set null'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('draft'))
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('audience', 'text', (column) => column.notNull().defaultTo('anyone'))
    .addColumn('audience_ids', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('anonymous', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('results_public', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_code', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('surveys_process').on('surveys').columns(['organisation_id', 'process_id', 'created_at']).execute();
  await db.schema
    .createTable('survey_sections')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('survey_id', 'text', (column) => column.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('survey_sections_survey').on('survey_sections').columns(['survey_id', 'position']).execute();
  await db.schema
    .createTable('survey_questions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('survey_id', 'text', (column) => column.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('section_id', 'text', (column) => column.notNull().references('survey_sections.id').onDelete('cascade'))
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('help', 'text', (column) => column.notNull().defaultTo('{"fi":""}'))
    .addColumn('required', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('background', 'text')
    .addColumn('settings', 'text', (column) => column.notNull().defaultTo('{}'))
    .addColumn('condition', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('survey_questions_code', ['survey_id', 'code'])
    .execute();
  await db.schema.createIndex('survey_questions_survey').on('survey_questions').columns(['survey_id', 'position']).execute();
  await db.schema
    .createTable('survey_choices')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('survey_id', 'text', (column) => column.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (column) => column.notNull().references('survey_questions.id').onDelete('cascade'))
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('removed_at', 'text')
    .addUniqueConstraint('survey_choices_code', ['question_id', 'code'])
    .execute();
  await db.schema.createIndex('survey_choices_survey').on('survey_choices').columns(['survey_id', 'question_id', 'position']).execute();
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('survey_id', 'text', (column) => column.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('browser_key', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('draft'))
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('draft', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('submitted_at', 'text')
    .addUniqueConstraint('survey_responses_user', ['survey_id', 'user_id'])
    .addUniqueConstraint('survey_responses_browser', ['survey_id', 'browser_key'])
    .addUniqueConstraint('survey_responses_idempotency', ['survey_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('survey_responses_submitted')
    .on('survey_responses')
    .columns(['survey_id', 'status', 'submitted_at'])
    .execute();
  await db.schema
    .createTable('survey_answers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('survey_id', 'text', (column) => column.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('response_id', 'text', (column) => column.notNull().references('survey_responses.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (column) => column.notNull())
    .addColumn('choice_id', 'text')
    .addColumn('text_value', 'text')
    .addColumn('number_value', 'double precision')
    .addColumn('rank_value', 'integer')
    .execute();
  await db.schema.createIndex('survey_answers_aggregate').on('survey_answers').columns(['survey_id', 'question_id', 'choice_id']).execute();
  await db.schema.createIndex('survey_answers_response').on('survey_answers').columns(['response_id', 'question_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['survey_answers', 'survey_responses', 'survey_choices', 'survey_questions', 'survey_sections', 'surveys']) {
    await db.schema.dropTable(table).execute();
  }
}
