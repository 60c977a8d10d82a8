import type { Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { RoleGrantsTable } from '../tables.ts';
import '../tables.ts';

/** A stored role grant; organisation-wide grants have the empty scope id. */
export interface StoredGrant {
  id: string;
  role: Role;
  scopeType: RoleGrantsTable['scope_type'];
  scopeId: string;
  createdAt: string;
}

/** The grants of some users of the organisation, oldest first, then by role (one query for a whole list page). */
export async function listGrantsOfUsers(db: Db, organisationId: string, userIds: string[]): Promise<Map<string, StoredGrant[]>> {
  const grants = new Map<string, StoredGrant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grants;
  const rows = await db
    .selectFrom('role_grants')
    .select(['id', 'user_id', 'role', 'scope_type', 'scope_id', 'created_at'])
    .$call(inOrganisation(organisationId, 'role_grants'))
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .orderBy('role')
    .orderBy('scope_type')
    .orderBy('scope_id')
    .execute();
  for (const row of rows) {
    grants
      .get(row.user_id)
      ?.push({ id: row.id, role: row.role, scopeType: row.scope_type, scopeId: row.scope_id, createdAt: row.created_at });
  }
  return grants;
}

/** One user's grants in the organisation, oldest first. */
export async function listUserGrants(db: Db, organisationId: string, userId: string): Promise<StoredGrant[]> {
  return (await listGrantsOfUsers(db, organisationId, [userId])).get(userId) ?? [];
}
