import type { Kysely } from 'kysely';

/** The staff directory: a deactivated user keeps their data but cannot sign in; sign-in invitations by e-mail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  await db.schema
    .createTable('account_invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('account_invitations_user').on('account_invitations').column('user_id').execute();
  await db.schema.createIndex('users_organisation_unit').on('users').columns(['organisation_id', 'unit_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_organisation_unit').execute();
  await db.schema.dropTable('account_invitations').execute();
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute();
}
