import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** Who is asking in a room: an account, or a browser known by the hash of its signed cookie. */
export interface Requester {
  userId: string | null;
  browserKey: string | null;
}

/** A participant as rooms need them. */
export interface Participant {
  id: string;
  userId: string | null;
  displayName: string | null;
  groupId: string | null;
}

/** The requester's participant row in a workshop, if they have joined. */
export async function findParticipant(
  db: Db,
  organisationId: string,
  workshopId: string,
  requester: Requester,
): Promise<Participant | undefined> {
  if (!requester.userId && !requester.browserKey) return undefined;
  let query = db
    .selectFrom('workshop_participants')
    .select(['id', 'user_id', 'display_name', 'group_id'])
    .$call(inOrganisation(organisationId, 'workshop_participants'))
    .where('workshop_id', '=', workshopId);
  query = requester.userId ? query.where('user_id', '=', requester.userId) : query.where('browser_key', '=', requester.browserKey);
  const row = await query.executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id, displayName: row.display_name, groupId: row.group_id } : undefined;
}
