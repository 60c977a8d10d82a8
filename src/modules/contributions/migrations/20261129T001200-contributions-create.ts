import type { Kysely } from 'kysely';

/** The contribution corpus of every channel, and the typed links that trace goals back to voices. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contributions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.references('processes.id').onDelete('cascade'))
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('source_type', 'text', (column) => column.notNull())
    .addColumn('source_id', 'text', (column) => column.notNull())
    .addColumn('author_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('participant_key', 'text')
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('metadata', 'text', (column) => column.notNull().defaultTo('{}'))
    .addColumn('hidden', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('contributions_source', ['organisation_id', 'source_type', 'source_id'])
    .execute();
  await db.schema
    .createIndex('contributions_process_channel')
    .on('contributions')
    .columns(['process_id', 'channel', 'created_at'])
    .execute();
  await db.schema.createIndex('contributions_author').on('contributions').column('author_user_id').execute();
  await db.schema
    .createTable('links')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('from_type', 'text', (column) => column.notNull())
    .addColumn('from_id', 'text', (column) => column.notNull())
    .addColumn('relation', 'text', (column) => column.notNull())
    .addColumn('to_type', 'text', (column) => column.notNull())
    .addColumn('to_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('links_unique', ['organisation_id', 'from_type', 'from_id', 'relation', 'to_type', 'to_id'])
    .execute();
  await db.schema.createIndex('links_to').on('links').columns(['organisation_id', 'to_type', 'to_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('links').execute();
  await db.schema.dropTable('contributions').execute();
}
