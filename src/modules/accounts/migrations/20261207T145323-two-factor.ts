import type { Kysely } from 'kysely';

/**
 * Two-factor sign-in: a person's authenticator secret (encrypted; `confirmed_at` null while
 * they are still setting it up), their one-time recovery codes (only SHA-256 kept), the
 * half-done sign-ins waiting for a code (only the cookie's SHA-256 kept), and an
 * organisation's choice to require two-factor of the roles that can read personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_two_factor')
    .addColumn('user_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('secret_encrypted', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_used_step', 'integer')
    .addColumn('failed_attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .execute();
  await db.schema
    .createTable('account_recovery_codes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('account_recovery_codes_user').on('account_recovery_codes').column('user_id').execute();
  await db.schema
    .createTable('account_sign_in_challenges')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('next_path', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('account_sign_in_challenges_user').on('account_sign_in_challenges').column('user_id').execute();
  await db.schema
    .createTable('account_security_settings')
    .addColumn('organisation_id', 'text', (column) => column.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('require_two_factor', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_security_settings').execute();
  await db.schema.dropTable('account_sign_in_challenges').execute();
  await db.schema.dropTable('account_recovery_codes').execute();
  await db.schema.dropTable('account_two_factor').execute();
}
