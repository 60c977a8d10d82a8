import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { PersonalDataHandlers } from '../../../platform/personal-data.ts';
import { verifyPassword } from '../passwords.ts';
import { assertAnotherAdminRemains, isOrganisationAdmin, lockAdmins } from './admin-guard.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/**
 * Deletes one's own account after checking the password. Every module's declared
 * eraser runs first in the same transaction; then the user row goes, and with it (by
 * cascade) sessions, grants, reset links, API tokens, invitations and invitation
 * requests; requests the person made for others lose their id. The
 * organisation's last org_admin is refused (409) so it is never left without
 * one. The audit entry keeps only the id, no personal data.
 */
export async function deleteAccount(
  db: Db,
  owner: { organisationId: string; userId: string },
  password: string,
  now: Date,
  personalData: readonly PersonalDataHandlers[] = [],
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['password_hash', 'email'])
    .$call(inOrganisation(owner.organisationId, 'users'))
    .where('id', '=', owner.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, password))) throw refuse.invalid({ password: { key: 'accounts.delete.passwordWrong' } });
  await db.transaction().execute(async (trx) => {
    await lockAdmins(trx, owner.organisationId);
    if (await isOrganisationAdmin(trx, owner.organisationId, owner.userId)) {
      await assertAnotherAdminRemains(trx, owner.organisationId, owner.userId, 'accounts.delete.lastAdmin');
    }
    // What a foreign key's `set null` would leave behind (a registration's name and address) goes first.
    for (const part of personalData) await part.erase?.(trx, { ...owner, email: user.email }, now);
    // Invitations the person asked for others keep going, without their id (their own requests, invitations
    // and import mark go with their row: the foreign keys cascade; a batch they imported keeps no actor).
    await trx
      .updateTable('account_invitation_requests')
      .set({ actor_user_id: null })
      .$call(inOrganisation(owner.organisationId, 'account_invitation_requests'))
      .where('actor_user_id', '=', owner.userId)
      .execute();
    await trx.deleteFrom('users').$call(inOrganisation(owner.organisationId, 'users')).where('id', '=', owner.userId).execute();
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: null,
        action: AUDIT_ACTIONS.accountDelete,
        subjectType: 'user',
        subjectId: owner.userId,
      },
      now,
    );
  });
}
