import type { Kysely } from 'kysely';

/** Feedback on accessibility (Act 306/2019) with its due date, and each organisation's address that is told of it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('privacy_feedbacks')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('page', 'text', (column) => column.notNull())
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('due_at', 'text', (column) => column.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answered_by_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('privacy_feedbacks_organisation')
    .on('privacy_feedbacks')
    .columns(['organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('privacy_settings')
    .addColumn('organisation_id', 'text', (column) => column.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('feedback_email', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('privacy_settings').execute();
  await db.schema.dropTable('privacy_feedbacks').execute();
}
