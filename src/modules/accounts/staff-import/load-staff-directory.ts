import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import type { StaffDirectory } from './plan-staff-import.ts';
import '../tables.ts';

/**
 * What an import compares its file with, in three queries: the organisation's units
 * and work communities (through the organisations module), its accounts, and their
 * grants (only what the import may change: unit-scoped and organisation-wide).
 */
export async function loadStaffDirectory(db: Db, organisationId: string, roleNames: StaffDirectory['roleNames']): Promise<StaffDirectory> {
  const units = flattenUnitTree(await listUnitTree(db, organisationId)).map((unit) => ({ id: unit.id, name: unit.name }));
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'locale', 'unit_id', 'deactivated_at'])
    .$call(inOrganisation(organisationId, 'users'))
    .execute();
  const grants = await db
    .selectFrom('role_grants')
    .select(['user_id', 'role', 'scope_type', 'scope_id'])
    .$call(inOrganisation(organisationId, 'role_grants'))
    .where('scope_type', 'in', ['organisation', 'unit'])
    .execute();
  const held = new Map<string, string[]>();
  for (const grant of grants) {
    const list = held.get(grant.user_id) ?? [];
    list.push(grant.scope_type === 'unit' ? `${grant.role}@${grant.scope_id}` : grant.role);
    held.set(grant.user_id, list);
  }
  const users = rows.map((row) => {
    const userGrants = held.get(row.id) ?? [];
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      unitId: row.unit_id,
      deactivated: row.deactivated_at !== null,
      grants: userGrants,
      orgAdmin: userGrants.includes('org_admin'),
    };
  });
  return { units, users, roleNames };
}
