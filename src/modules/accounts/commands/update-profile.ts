import type { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { profileSchema } from '../schemas.ts';
import '../tables.ts';

/** Saves one's display name and language (the language of pages and mail). */
export async function updateProfile(
  db: Db,
  user: { organisationId: string; userId: string },
  input: z.output<typeof profileSchema>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ display_name: input.displayName, locale: input.locale, updated_at: now.toISOString() })
    .$call(inOrganisation(user.organisationId, 'users'))
    .where('id', '=', user.userId)
    .execute();
}
