import type { z } from 'zod';
import type { Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { hashPassword } from '../passwords.ts';
import type { signUpSchema } from '../schemas.ts';
import '../tables.ts';

/** Creates an account; a taken e-mail answers 409 without saying more. */
export async function createUser(
  db: Db,
  organisationId: string,
  input: z.output<typeof signUpSchema> & { unitId?: string | null; roles?: Role[] },
  now: Date,
): Promise<string> {
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  try {
    await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('users')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('email', '=', input.email)
        .executeTakeFirst();
      if (taken) throw new Refusal('conflict', 'accounts.signUp.emailTaken', {}, {}, 'email-taken');
      await trx
        .insertInto('users')
        .values({
          id,
          organisation_id: organisationId,
          email: input.email,
          password_hash: passwordHash,
          display_name: input.displayName,
          locale: input.locale,
          unit_id: input.unitId ?? null,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          last_sign_in_at: null,
        })
        .execute();
      for (const role of input.roles ?? []) {
        await trx
          .insertInto('role_grants')
          .values({
            id: newId(),
            organisation_id: organisationId,
            user_id: id,
            role,
            scope_type: 'organisation',
            scope_id: '',
            created_at: now.toISOString(),
          })
          .execute();
      }
    });
  } catch (error) {
    // Two sign-ups with the same address at once: the unique constraint decides, and the loser hears 409.
    if (isUniqueViolation(error)) throw new Refusal('conflict', 'accounts.signUp.emailTaken', {}, {}, 'email-taken');
    throw error;
  }
  return id;
}
