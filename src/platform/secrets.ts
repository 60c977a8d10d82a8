import { randomBytes } from 'node:crypto';
import type { Db } from './db/database.ts';
import './db/platform-tables.ts';

/**
 * Returns the named secret, generating and storing it on first use. Stored in
 * the database so every app process and restart signs cookies the same way.
 */
export async function getOrCreateSecret(db: Db, name: string, now: Date): Promise<string> {
  await db
    .insertInto('instance_secrets')
    .values({ name, value: randomBytes(48).toString('base64url'), created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('instance_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
