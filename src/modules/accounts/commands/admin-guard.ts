import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/**
 * Throws 409 with `messageKey` unless someone other than `userId` holds
 * org_admin organisation-wide, so an organisation is never left without an
 * admin. Call inside the transaction that removes the user's admin role or
 * account: touching the admin grants first makes concurrent removals on
 * PostgreSQL wait for each other instead of both seeing the other admin.
 */
export async function assertAnotherAdminRemains(trx: Db, organisationId: string, userId: string, messageKey: string): Promise<void> {
  await trx
    .updateTable('role_grants')
    .set((eb) => ({ role: eb.ref('role') }))
    .$call(inOrganisation(organisationId, 'role_grants'))
    .where('role', '=', 'org_admin')
    .where('scope_type', '=', 'organisation')
    .execute();
  if (!(await hasAnotherAdmin(trx, organisationId, userId))) throw refuse.conflict(messageKey);
}

/** Answers whether someone other than `userId` holds org_admin organisation-wide and is not deactivated. */
export async function hasAnotherAdmin(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const other = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('role_grants.id')
    .where('role_grants.organisation_id', '=', organisationId)
    .where('role_grants.role', '=', 'org_admin')
    .where('role_grants.scope_type', '=', 'organisation')
    .where('role_grants.user_id', '<>', userId)
    .where('users.deactivated_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return other !== undefined;
}

/** Answers whether the user holds org_admin organisation-wide. */
export async function isOrganisationAdmin(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('role_grants')
    .select('id')
    .$call(inOrganisation(organisationId, 'role_grants'))
    .where('user_id', '=', userId)
    .where('role', '=', 'org_admin')
    .where('scope_type', '=', 'organisation')
    .executeTakeFirst();
  return row !== undefined;
}
