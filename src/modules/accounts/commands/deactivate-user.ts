import { recordAudit } from '../../../platform/audit/audit.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { assertAnotherAdminRemains, isOrganisationAdmin } from './admin-guard.ts';
import { loadStaffUser } from './find-staff-user.ts';
import type { StaffContext } from './staff-context.ts';
import '../tables.ts';

/** Whose account changes, and who changes it (null for the system, e.g. an import run). */
export interface AccountStatusChange {
  organisationId: string;
  userId: string;
  actorId: string | null;
}

/**
 * Deactivates a person who left: they can no longer sign in, their sessions
 * end, their API tokens count for nothing and their pending invitations and
 * reset links are retired; everything they made stays. Deactivating someone
 * already deactivated changes nothing. One cannot deactivate oneself, nor the
 * organisation's last active admin (409).
 */
export async function deactivateUser(context: Pick<StaffContext, 'db' | 'clock'>, change: AccountStatusChange): Promise<void> {
  const { organisationId, userId, actorId } = change;
  const now = context.clock.now().toISOString();
  await context.db.transaction().execute(async (trx) => {
    const user = await loadStaffUser(trx, organisationId, userId);
    if (user.deactivated_at) return;
    if (actorId === userId) throw refuse.conflict('accounts.status.notSelf');
    if (await isOrganisationAdmin(trx, organisationId, userId)) {
      await assertAnotherAdminRemains(trx, organisationId, userId, 'accounts.status.lastAdmin');
    }
    await trx
      .updateTable('users')
      .set({ deactivated_at: now, updated_at: now })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('sessions').$call(inOrganisation(organisationId, 'sessions')).where('user_id', '=', userId).execute();
    for (const table of ['account_invitations', 'password_resets'] as const) {
      await trx
        .updateTable(table)
        .set({ used_at: now })
        .$call(inOrganisation(organisationId, table))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    }
    await recordAudit(
      trx,
      { organisationId, actorUserId: actorId, action: AUDIT_ACTIONS.userDeactivate, subjectType: 'user', subjectId: userId },
      context.clock.now(),
    );
  });
}

/** Lets a deactivated person sign in again (with their old password or a new invitation); their API tokens work again. */
export async function reactivateUser(context: Pick<StaffContext, 'db' | 'clock'>, change: AccountStatusChange): Promise<void> {
  const { organisationId, userId, actorId } = change;
  const now = context.clock.now().toISOString();
  await context.db.transaction().execute(async (trx) => {
    const user = await loadStaffUser(trx, organisationId, userId);
    if (!user.deactivated_at) return;
    await trx
      .updateTable('users')
      .set({ deactivated_at: null, updated_at: now })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', userId)
      .execute();
    await recordAudit(
      trx,
      { organisationId, actorUserId: actorId, action: AUDIT_ACTIONS.userReactivate, subjectType: 'user', subjectId: userId },
      context.clock.now(),
    );
  });
}
