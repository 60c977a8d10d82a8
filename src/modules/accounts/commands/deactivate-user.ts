import { type AuditEntry, recordAuditMany } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { assertAnotherAdminRemains, isOrganisationAdmin, lockAdmins } from './admin-guard.ts';
import { loadStaffUser } from './find-staff-user.ts';
import type { StaffContext } from './staff-context.ts';
import '../tables.ts';

/** Whose account changes, and who changes it (null for the system, e.g. an import run). */
export interface AccountStatusChange {
  organisationId: string;
  userId: string;
  actorId: string | null;
}

/** Many people's accounts changing at once (an import), with what the audit entries add (`via`). */
export interface AccountStatusChanges {
  organisationId: string;
  userIds: readonly string[];
  actorId: string | null;
  details?: Record<string, unknown>;
}

/** Ids per statement: well under SQLite's and PostgreSQL's limits on bound values. */
const IDS_PER_STATEMENT = 500;

function* partsOf(ids: readonly string[]): Generator<string[]> {
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) yield ids.slice(start, start + IDS_PER_STATEMENT);
}

function auditEntries(changes: AccountStatusChanges, action: string): AuditEntry[] {
  const { organisationId, actorId, details } = changes;
  return changes.userIds.map((userId) => ({
    organisationId,
    actorUserId: actorId,
    action,
    subjectType: 'user',
    subjectId: userId,
    ...(details ? { details } : {}),
  }));
}

/**
 * The rule of deactivation in a transaction the caller holds (one person's
 * deactivation, or an import's "deactivate missing"): the people cannot sign
 * in any more, their sessions end, their pending invitations and reset links
 * are retired, everything they made stays, and each gets an audit entry. The
 * actor cannot deactivate themselves, nor the organisation's last active
 * admins (409). The caller has called `lockAdmins` first in the transaction
 * and passes only people who are active now.
 */
export async function deactivateUsersIn(trx: Db, changes: AccountStatusChanges, now: Date): Promise<void> {
  const { organisationId, userIds, actorId } = changes;
  if (userIds.length === 0) return;
  if (actorId !== null && userIds.includes(actorId)) throw refuse.conflict('accounts.status.notSelf');
  if (await isOrganisationAdmin(trx, organisationId, userIds)) {
    await assertAnotherAdminRemains(trx, organisationId, userIds, 'accounts.status.lastAdmin');
  }
  const at = now.toISOString();
  for (const part of partsOf(userIds)) {
    await trx
      .updateTable('users')
      .set({ deactivated_at: at, updated_at: at })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', 'in', part)
      .execute();
    await trx.deleteFrom('sessions').$call(inOrganisation(organisationId, 'sessions')).where('user_id', 'in', part).execute();
    for (const table of ['account_invitations', 'password_resets'] as const) {
      await trx
        .updateTable(table)
        .set({ used_at: at })
        .$call(inOrganisation(organisationId, table))
        .where('user_id', 'in', part)
        .where('used_at', 'is', null)
        .execute();
    }
  }
  await recordAuditMany(trx, auditEntries(changes, AUDIT_ACTIONS.userDeactivate), now);
}

/**
 * The rule of reactivation in a transaction the caller holds: the people may
 * sign in again (with their old password or a new invitation) and their API
 * tokens work again; each gets an audit entry. The caller passes only people
 * who are deactivated now.
 */
export async function reactivateUsersIn(trx: Db, changes: AccountStatusChanges, now: Date): Promise<void> {
  const { organisationId, userIds } = changes;
  if (userIds.length === 0) return;
  const at = now.toISOString();
  for (const part of partsOf(userIds)) {
    await trx
      .updateTable('users')
      .set({ deactivated_at: null, updated_at: at })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', 'in', part)
      .execute();
  }
  await recordAuditMany(trx, auditEntries(changes, AUDIT_ACTIONS.userReactivate), now);
}

/**
 * Deactivates a person who left: they can no longer sign in, their sessions
 * end, their API tokens count for nothing and their pending invitations and
 * reset links are retired; everything they made stays. Deactivating someone
 * already deactivated changes nothing. One cannot deactivate oneself, nor the
 * organisation's last active admin (409), however many admins act at once.
 */
export async function deactivateUser(context: Pick<StaffContext, 'db' | 'clock'>, change: AccountStatusChange): Promise<void> {
  const { organisationId, userId, actorId } = change;
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    await lockAdmins(trx, organisationId);
    const user = await loadStaffUser(trx, organisationId, userId);
    if (user.deactivated_at) return;
    await deactivateUsersIn(trx, { organisationId, userIds: [userId], actorId }, now);
  });
}

/** Lets a deactivated person sign in again (with their old password or a new invitation); their API tokens work again. */
export async function reactivateUser(context: Pick<StaffContext, 'db' | 'clock'>, change: AccountStatusChange): Promise<void> {
  const { organisationId, userId, actorId } = change;
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    const user = await loadStaffUser(trx, organisationId, userId);
    if (!user.deactivated_at) return;
    await reactivateUsersIn(trx, { organisationId, userIds: [userId], actorId }, now);
  });
}
