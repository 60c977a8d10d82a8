import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/**
 * Locks the organisation's admins for the rest of the transaction, the
 * platform's way (an UPDATE as the first statement, as `lockSeats` does with an
 * event's row): the organisation-wide org_admin grants are written to
 * themselves. PostgreSQL then makes every other transaction that may remove
 * an admin (deactivate, demote, delete, an import's "deactivate missing") wait
 * for our commit, and SQLite takes its one write lock at once, so what we read
 * next about the admins is what we decide on. Call it first in the transaction.
 */
export async function lockAdmins(trx: Db, organisationId: string): Promise<void> {
  await trx
    .updateTable('role_grants')
    .set((eb) => ({ role: eb.ref('role') }))
    .$call(inOrganisation(organisationId, 'role_grants'))
    .where('role', '=', 'org_admin')
    .where('scope_type', '=', 'organisation')
    .execute();
}

/**
 * Throws 409 with `messageKey` unless someone outside `userIds` holds org_admin
 * organisation-wide and is active, so an organisation is never left without an
 * admin. Call inside the transaction that removes the admin role or account,
 * after `lockAdmins` (the check holds only under the lock).
 */
export async function assertAnotherAdminRemains(
  trx: Db,
  organisationId: string,
  userIds: string | readonly string[],
  messageKey: string,
): Promise<void> {
  if (!(await hasAnotherAdmin(trx, organisationId, userIds))) throw refuse.conflict(messageKey);
}

/**
 * The organisation's admins: who holds org_admin organisation-wide, and whether
 * each is active. A handful of rows, so the callers' lists of users (an import's
 * thousands) are compared here rather than bound into a statement.
 */
async function listAdmins(db: Db, organisationId: string): Promise<Array<{ userId: string; active: boolean }>> {
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['role_grants.user_id', 'users.deactivated_at'])
    .where('role_grants.organisation_id', '=', organisationId)
    .where('role_grants.role', '=', 'org_admin')
    .where('role_grants.scope_type', '=', 'organisation')
    .execute();
  return rows.map((row) => ({ userId: row.user_id, active: row.deactivated_at === null }));
}

const setOf = (userIds: string | readonly string[]) => new Set(typeof userIds === 'string' ? [userIds] : userIds);

/** Answers whether someone outside `userIds` holds org_admin organisation-wide and is not deactivated. */
export async function hasAnotherAdmin(db: Db, organisationId: string, userIds: string | readonly string[]): Promise<boolean> {
  const leaving = setOf(userIds);
  return (await listAdmins(db, organisationId)).some((admin) => admin.active && !leaving.has(admin.userId));
}

/** Answers whether any of the users holds org_admin organisation-wide. */
export async function isOrganisationAdmin(db: Db, organisationId: string, userIds: string | readonly string[]): Promise<boolean> {
  const users = setOf(userIds);
  return (await listAdmins(db, organisationId)).some((admin) => users.has(admin.userId));
}
