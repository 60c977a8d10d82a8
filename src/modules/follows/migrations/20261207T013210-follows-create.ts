import type { Kysely } from 'kysely';

/** Follows of processes (by account or by confirmed e-mail) and their links' token hashes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follows')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (column) => column.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_digest_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('follows_process_email', ['organisation_id', 'process_id', 'email'])
    .execute();
  await db.schema.createIndex('follows_user').on('follows').columns(['user_id']).execute();
  await db.schema.createIndex('follows_confirmed').on('follows').columns(['confirmed_at', 'last_digest_at']).execute();
  await db.schema
    .createTable('follow_tokens')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('follow_id', 'text', (column) => column.notNull().references('follows.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('follow_tokens_follow').on('follow_tokens').columns(['follow_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('follow_tokens').execute();
  await db.schema.dropTable('follows').execute();
}
