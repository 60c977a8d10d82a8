import { type Kysely, sql } from 'kysely';

/**
 * People in a body's seats: the seat's role (member, deputy, chair, secretary), an invited
 * e-mail beside the account (`user_id`), the person's consent to show their name, and the
 * seat invitations (single-use links; the id is the SHA-256 of the link's token).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('body_members')
    .addColumn('seat_role', 'text', (column) =>
      column.notNull().defaultTo('member').check(sql`seat_role in ('member', 'deputy', 'chair', 'secretary')`),
    )
    .execute();
  await db.schema.alterTable('body_members').addColumn('invited_email', 'text').execute();
  await db.schema
    .alterTable('body_members')
    .addColumn('name_public_consent', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('body_members_user').on('body_members').columns(['organisation_id', 'user_id']).execute();
  await db.schema
    .createTable('body_seat_invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('member_id', 'text', (column) => column.notNull().references('body_members.id').onDelete('cascade'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('body_seat_invitations_member').on('body_seat_invitations').column('member_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('body_seat_invitations').execute();
  await db.schema.dropIndex('body_members_user').execute();
  await db.schema.alterTable('body_members').dropColumn('name_public_consent').execute();
  await db.schema.alterTable('body_members').dropColumn('invited_email').execute();
  await db.schema.alterTable('body_members').dropColumn('seat_role').execute();
}
