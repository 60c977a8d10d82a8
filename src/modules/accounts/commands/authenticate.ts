import type { Db } from '../../../platform/db/database.ts';
import { verifyPassword } from '../passwords.ts';
import '../tables.ts';

/**
 * What a sign-in attempt came to. `deactivated` is told only to someone who
 * typed the right password: to anyone else the attempt is simply `wrong`, so
 * the answer reveals no more than a wrong password does.
 */
export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: 'wrong' | 'deactivated' };

/** Checks e-mail and password within an organisation and records the sign-in of an active account. */
export async function checkSignIn(db: Db, organisationId: string, email: string, password: string, now: Date): Promise<SignInOutcome> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'deactivated_at'])
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) return { ok: false, reason: 'wrong' };
  if (user.deactivated_at) return { ok: false, reason: 'deactivated' };
  await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  return { ok: true, userId: user.id };
}

/** Checks e-mail and password within an organisation; answers the user id, or null (wrong, or deactivated). */
export async function authenticate(db: Db, organisationId: string, email: string, password: string, now: Date): Promise<string | null> {
  const outcome = await checkSignIn(db, organisationId, email, password, now);
  return outcome.ok ? outcome.userId : null;
}
