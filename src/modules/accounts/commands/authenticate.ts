import type { Db } from '../../../platform/db/database.ts';
import { verifyPassword } from '../passwords.ts';
import '../tables.ts';

/** Checks e-mail and password within an organisation; answers the user id or null. */
export async function authenticate(db: Db, organisationId: string, email: string, password: string, now: Date): Promise<string | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) return null;
  await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  return user.id;
}
