import type { Kysely } from 'kysely';

/**
 * An import's invitations asked for once: one batch row (the organisation's name as the
 * mail says it, who asked, the link's origin) and a marker on each new person's row, set by
 * the insert that makes the account. The `accounts.invitations` job turns the marked people
 * into per-person requests a few hundred at a time, off the request path. The marker goes
 * with the person's row; the partial index holds only the people still waiting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_invitation_batches')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('organisation_name', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('base_url', 'text')
    .addColumn('requested_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('invitation_batch_id', 'text', (column) => column.references('account_invitation_batches.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('users_invitation_batch')
    .on('users')
    .column('invitation_batch_id')
    .where('invitation_batch_id', 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_invitation_batch').execute();
  await db.schema.alterTable('users').dropColumn('invitation_batch_id').execute();
  await db.schema.dropTable('account_invitation_batches').execute();
}
