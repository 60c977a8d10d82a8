import type { Kysely } from 'kysely';

/**
 * The browser's pseudonym in the event (the platform's participant cookie) on a registration made
 * without an account, so "My participation" can list this browser's registrations. Not unique: one
 * browser may register several people (a family, a colleague).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('event_registrations').addColumn('browser_key', 'text').execute();
  await db.schema.createIndex('event_registrations_browser').on('event_registrations').columns(['browser_key', 'event_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('event_registrations_browser').execute();
  await db.schema.alterTable('event_registrations').dropColumn('browser_key').execute();
}
