import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AudienceLookups } from '../../platform/participation/audience.ts';
import './tables.ts';

/** The unit a user works in, or null: the audience check's look-up of accounts (`users.unit_id`). */
export async function unitOfUser(db: Db, organisationId: string, userId: string): Promise<string | null> {
  const user = await db
    .selectFrom('users')
    .select('unit_id')
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', '=', userId)
    .executeTakeFirst();
  return user?.unit_id ?? null;
}

/** What accounts lends the audience check. */
export const accountsAudienceLookups: Pick<AudienceLookups, 'unitOfUser'> = { unitOfUser };
