import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { ROLE_LABEL_KEYS } from '../views/labels.ts';
import { loadStaffDirectory } from './load-staff-directory.ts';
import { type PlannedRow, planStaffImport, roleNamesOf, type StaffImportPlan } from './plan-staff-import.ts';
import { readStaffFile, type StaffFile } from './read-staff-file.ts';
import '../tables.ts';
import '../../../platform/db/platform-tables.ts';

/** One run of an import: whose directory, who runs it (null: the command line), the file, and whether to save. */
export interface StaffImportRequest {
  organisationId: string;
  actorId: string | null;
  bytes: Uint8Array;
  deactivateMissing: boolean;
  commit: boolean;
}

/** The preview (always) and whether it was saved; `invite` names the accounts to mail a sign-in invitation after the commit. */
export interface StaffImportResult {
  encoding: StaffFile['encoding'];
  delimiter: StaffFile['delimiter'];
  plan: StaffImportPlan;
  committed: boolean;
  invite: string[];
}

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's limits on bound values. */
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

type AuditRow = { action: string; subjectId: string; details: Record<string, unknown> };

/** The audit entries of the import, in the import's transaction, many rows per statement. */
async function recordAuditRows(trx: Db, organisationId: string, actorId: string | null, rows: AuditRow[], now: string): Promise<void> {
  for (const part of chunks(rows)) {
    await trx
      .insertInto('audit_log')
      .values(
        part.map((row) => ({
          id: newId(),
          organisation_id: organisationId,
          actor_user_id: actorId,
          action: row.action,
          subject_type: 'user',
          subject_id: row.subjectId,
          details: JSON.stringify(row.details),
          ip: null,
          created_at: now,
        })),
      )
      .execute();
  }
}

/** New accounts: no password (they set one through the invitation), placed in their unit. */
async function createAccounts(trx: Db, organisationId: string, rows: PlannedRow[], now: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of chunks(rows)) {
    const values = part.map((row) => {
      const id = newId();
      ids.set(row.email, id);
      return {
        id,
        organisation_id: organisationId,
        email: row.email,
        password_hash: null,
        display_name: row.name,
        locale: row.locale,
        unit_id: row.unitId,
        created_at: now,
        updated_at: now,
        last_sign_in_at: null,
        deactivated_at: null,
      };
    });
    await trx.insertInto('users').values(values).execute();
  }
  return ids;
}

async function updateAccounts(trx: Db, organisationId: string, rows: PlannedRow[], now: string): Promise<void> {
  for (const row of rows) {
    await trx
      .updateTable('users')
      .set({ display_name: row.name, locale: row.locale, unit_id: row.unitId, deactivated_at: null, updated_at: now })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', row.userId as string)
      .execute();
  }
}

/** The rows' roles: a unit manager for the row's unit, any other role organisation-wide; one already held is left alone. */
async function grantRoles(trx: Db, organisationId: string, rows: Array<PlannedRow & { userId: string }>, now: string): Promise<AuditRow[]> {
  const grants = rows
    .filter((row) => row.role !== null)
    .map((row) => ({
      id: newId(),
      organisation_id: organisationId,
      user_id: row.userId,
      role: row.role as NonNullable<PlannedRow['role']>,
      scope_type: row.role === 'unit_manager' ? ('unit' as const) : ('organisation' as const),
      scope_id: row.role === 'unit_manager' ? row.unitId : '',
      created_at: now,
    }));
  const audit: AuditRow[] = [];
  for (const part of chunks(grants)) {
    const inserted = await trx
      .insertInto('role_grants')
      .values(part)
      .onConflict((conflict) => conflict.columns(['user_id', 'role', 'scope_type', 'scope_id']).doNothing())
      .returning(['user_id', 'role', 'scope_type', 'scope_id'])
      .execute();
    for (const grant of inserted) {
      const details = { role: grant.role, scopeType: grant.scope_type, scopeId: grant.scope_id || null, via: 'staff-import' };
      audit.push({ action: AUDIT_ACTIONS.roleGrant, subjectId: grant.user_id, details });
    }
  }
  return audit;
}

/**
 * Deactivates people who left, as `deactivateUser` does (their sessions end, pending
 * invitations and reset links are retired, their data stays), inside the import's
 * transaction so that the whole file is saved or nothing.
 */
async function deactivateAccounts(trx: Db, organisationId: string, userIds: string[], now: string): Promise<void> {
  for (const part of chunks(userIds)) {
    await trx
      .updateTable('users')
      .set({ deactivated_at: now, updated_at: now })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', 'in', part)
      .where('deactivated_at', 'is', null)
      .execute();
    await trx.deleteFrom('sessions').$call(inOrganisation(organisationId, 'sessions')).where('user_id', 'in', part).execute();
    for (const table of ['account_invitations', 'password_resets'] as const) {
      await trx
        .updateTable(table)
        .set({ used_at: now })
        .$call(inOrganisation(organisationId, table))
        .where('user_id', 'in', part)
        .where('used_at', 'is', null)
        .execute();
    }
  }
}

/** Saves a refused-free plan in the open transaction; answers the new accounts' ids. */
async function applyPlan(trx: Db, request: StaffImportRequest, plan: StaffImportPlan, now: string): Promise<string[]> {
  const { organisationId, actorId } = request;
  const created = await createAccounts(
    trx,
    organisationId,
    plan.rows.filter((row) => row.outcome === 'create'),
    now,
  );
  const updated = plan.rows.filter((row) => row.outcome === 'update');
  await updateAccounts(trx, organisationId, updated, now);
  const withIds = plan.rows.map((row) => ({ ...row, userId: row.userId ?? (created.get(row.email) as string) }));
  const audit: AuditRow[] = withIds
    .filter((row) => row.outcome !== 'unchanged')
    .map((row) => ({
      action: AUDIT_ACTIONS.userPlace,
      subjectId: row.userId,
      details: { unitId: row.unitId, via: 'staff-import', change: row.outcome },
    }));
  for (const row of updated.filter((row) => row.reactivate)) {
    audit.push({ action: AUDIT_ACTIONS.userReactivate, subjectId: row.userId as string, details: { via: 'staff-import' } });
  }
  audit.push(...(await grantRoles(trx, organisationId, withIds, now)));
  const leaving = plan.missing.filter((person) => person.outcome === 'deactivate').map((person) => person.userId);
  await deactivateAccounts(trx, organisationId, leaving, now);
  for (const userId of leaving) audit.push({ action: AUDIT_ACTIONS.userDeactivate, subjectId: userId, details: { via: 'staff-import' } });
  await recordAuditRows(trx, organisationId, actorId, audit, now);
  return [...created.values()];
}

/**
 * Reads an HR export and compares it with the organisation's directory; with `commit`
 * and no problem, saves it in one transaction: creates and updates accounts, places
 * them, grants their roles, deactivates the placed staff the file leaves out (with
 * `deactivateMissing`) and audits each change. Any problem saves nothing. The
 * invitations of the new accounts are for the caller to send after the commit.
 */
export async function importStaff(
  context: Pick<AppContext, 'db' | 'clock' | 'translator'>,
  request: StaffImportRequest,
): Promise<StaffImportResult> {
  const file = readStaffFile(request.bytes);
  const roleNames = roleNamesOf((role) => LOCALES.map((locale) => context.translator.t(locale, ROLE_LABEL_KEYS[role])));
  const options = { deactivateMissing: request.deactivateMissing, actorUserId: request.actorId };
  const base = { encoding: file.encoding, delimiter: file.delimiter };
  if (!request.commit || file.problems.length > 0) {
    const plan = planStaffImport(file, await loadStaffDirectory(context.db, request.organisationId, roleNames), options);
    return { ...base, plan, committed: false, invite: [] };
  }
  const now = context.clock.now().toISOString();
  return context.db.transaction().execute(async (trx) => {
    // The directory is read again inside the transaction, so the plan saved is the plan checked.
    const plan = planStaffImport(file, await loadStaffDirectory(trx, request.organisationId, roleNames), options);
    if (plan.problems.length > 0) return { ...base, plan, committed: false, invite: [] };
    const invite = await applyPlan(trx, request, plan, now);
    return { ...base, plan, committed: true, invite };
  });
}
