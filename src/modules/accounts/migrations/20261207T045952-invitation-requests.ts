import type { Kysely } from 'kysely';

/**
 * Invitations waiting to be mailed: a staff import asks for thousands in its
 * transaction, and the `accounts.invitations` job mails them off the request path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_invitation_requests')
    .addColumn('user_id', 'text', (column) => column.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('organisation_name', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('base_url', 'text')
    .addColumn('requested_at', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('account_invitation_requests_due').on('account_invitation_requests').column('next_attempt_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_invitation_requests').execute();
}
