import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listGrantsOfUsers } from './list-user-grants.ts';
import { toUserSummary, USER_SUMMARY_COLUMNS, type UserSummary } from './list-users.ts';
import '../tables.ts';

/** One user of the organisation with their grants, or undefined (a foreign id finds nothing). */
export async function findUser(db: Db, organisationId: string, userId: string): Promise<UserSummary | undefined> {
  const row = await db
    .selectFrom('users')
    .select(USER_SUMMARY_COLUMNS)
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? toUserSummary(row, await listGrantsOfUsers(db, organisationId, [row.id])) : undefined;
}
