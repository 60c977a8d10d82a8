import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/** The user of this organisation the staff commands act on, or a refusal: another organisation's user is unknown here. */
export async function loadStaffUser(db: Db, organisationId: string, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'locale', 'unit_id', 'deactivated_at'])
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw refuse.notFound();
  return user;
}
