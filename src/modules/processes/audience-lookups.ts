import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AudienceLookups } from '../../platform/participation/audience.ts';
import './tables.ts';

/** Whether the user is a member of one of the bodies (`body_members`). */
export async function isMemberOfBodies(db: Db, organisationId: string, userId: string, bodyIds: readonly string[]): Promise<boolean> {
  if (bodyIds.length === 0) return false;
  const member = await db
    .selectFrom('body_members')
    .select('id')
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('user_id', '=', userId)
    .where('body_id', 'in', [...bodyIds])
    .limit(1)
    .executeTakeFirst();
  return member !== undefined;
}

/** What processes lends the audience check. */
export const processesAudienceLookups: Pick<AudienceLookups, 'isMemberOfBodies'> = { isMemberOfBodies };
