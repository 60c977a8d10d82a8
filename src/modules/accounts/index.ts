export { accountsAudienceLookups } from './audience-lookups.ts';
export { authenticate } from './commands/authenticate.ts';
export { createUser } from './commands/create-user.ts';
export { type AccountStatusChange, deactivateUser, reactivateUser } from './commands/deactivate-user.ts';
export { INVITATION_VALID_DAYS, type Invitation, inviteUser } from './commands/invite-user.ts';
export { type Placement, placeUser } from './commands/place-user.ts';
export type { StaffContext } from './commands/staff-context.ts';
export { collectPersonalData } from './personal-data.ts';
export { accountLookups } from './queries/account-look-ups.ts';
export { countPlacedStaffByUnit } from './queries/count-placed-staff.ts';
export { anonymousIdentity, listGrants, resolveIdentity } from './queries/resolve-identity.ts';
export { emailSchema, newPasswordSchema, signUpSchema } from './schemas.ts';

import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import './tables.ts';

/** A lead of a unit or work community, as other modules may mail them. */
export interface UnitLead {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

/**
 * The leads of these units or work communities: the active accounts holding a unit manager's
 * grant scoped to exactly one of them (decision 23), by unit id, in one query. A unit without
 * a lead is absent; a manager of a unit above is not listed (the caller asks for that unit too).
 */
export async function listUnitLeads(db: Db, organisationId: string, unitIds: readonly string[]): Promise<Map<string, UnitLead[]>> {
  const unique = [...new Set(unitIds)];
  const leads = new Map<string, UnitLead[]>();
  if (unique.length === 0) return leads;
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['role_grants.scope_id', 'users.id', 'users.email', 'users.display_name', 'users.locale'])
    .$call(inOrganisation(organisationId, 'role_grants'))
    .$call(inOrganisation(organisationId, 'users'))
    .where('role_grants.role', '=', 'unit_manager')
    .where('role_grants.scope_type', '=', 'unit')
    .where('role_grants.scope_id', 'in', unique)
    .where('users.deactivated_at', 'is', null)
    .orderBy('users.email')
    .execute();
  for (const row of rows) {
    const contact = { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale };
    leads.set(row.scope_id, [...(leads.get(row.scope_id) ?? []), contact]);
  }
  return leads;
}
