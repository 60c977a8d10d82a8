import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listUserGrants, type StoredGrant } from '../queries/list-user-grants.ts';
import type { RoleGrantInput } from '../schemas.ts';
import { assertAnotherAdminRemains, lockAdmins } from './admin-guard.ts';
import { loadStaffUser } from './find-staff-user.ts';
import { grantRolesIn } from './grant-role.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/** Computes the wanted grants from the current ones; may throw (404, 409) to refuse. */
export type GrantChange = (current: StoredGrant[]) => RoleGrantInput[];

const keyOf = (grant: { role: string; scopeType: string; scopeId: string }) => `${grant.role}|${grant.scopeType}|${grant.scopeId}`;

const isOrganisationAdminGrant = (grant: { role: string; scopeType: string }) =>
  grant.role === 'org_admin' && grant.scopeType === 'organisation';

function auditGrant(trx: Db, actor: Actor, userId: string, action: string, grant: RoleGrantInput, now: Date) {
  const details = { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId || null };
  return recordAudit(
    trx,
    { organisationId: actor.organisationId, actorUserId: actor.userId, action, subjectType: 'user', subjectId: userId, details },
    now,
  );
}

/** Revokes and grants what differs between `current` and `wanted` in the caller's transaction, audited (after `lockAdmins`). */
export async function applyGrantDifference(
  trx: Db,
  actor: Actor,
  userId: string,
  current: StoredGrant[],
  wanted: RoleGrantInput[],
  now: Date,
) {
  const wantedKeys = new Set(wanted.map(keyOf));
  const currentKeys = new Set(current.map(keyOf));
  const removed = current.filter((grant) => !wantedKeys.has(keyOf(grant)));
  const added = [...new Map(wanted.map((grant) => [keyOf(grant), grant])).values()].filter((grant) => !currentKeys.has(keyOf(grant)));
  if (removed.some(isOrganisationAdminGrant)) {
    await assertAnotherAdminRemains(trx, actor.organisationId, userId, 'accounts.roles.lastAdmin');
  }
  for (const grant of removed) {
    await trx.deleteFrom('role_grants').$call(inOrganisation(actor.organisationId, 'role_grants')).where('id', '=', grant.id).execute();
    await auditGrant(trx, actor, userId, AUDIT_ACTIONS.roleRevoke, grant, now);
  }
  // Added by the one path every grant takes (its scope checked, counted, audited), refused at its place in `wanted`.
  const grants = added.map((grant) => ({ ...grant, userId }));
  const scopeField = (index: number) => `grants.${wanted.indexOf(added[index] as RoleGrantInput)}.scopeId`;
  await grantRolesIn(trx, { organisationId: actor.organisationId, actorId: actor.userId, grants, scopeField }, now);
}

/**
 * Changes a user's role grants in one transaction: `change` sees the current
 * grants and answers the wanted ones; what differs is revoked or granted and
 * audited. The last organisation-wide org_admin keeps that role (409). A user
 * of another organisation answers 404, an unknown scope 422.
 */
export async function changeUserRoles(db: Db, actor: Actor, userId: string, change: GrantChange, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // First, so that two admins demoting or deactivating each other at once decide one after the other.
    await lockAdmins(trx, actor.organisationId);
    await loadStaffUser(trx, actor.organisationId, userId);
    const current = await listUserGrants(trx, actor.organisationId, userId);
    await applyGrantDifference(trx, actor, userId, current, change(current), now);
  });
}
