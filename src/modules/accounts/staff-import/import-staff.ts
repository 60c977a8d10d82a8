import { CompiledQuery, type Insertable } from 'kysely';
import { type AuditEntry, recordAuditMany } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { lockAdmins } from '../commands/admin-guard.ts';
import { deactivateUsersIn, reactivateUsersIn } from '../commands/deactivate-user.ts';
import { placeUsersIn } from '../commands/place-user.ts';
import { requestInvitations } from '../jobs/send-invitations.ts';
import type { UsersTable } from '../tables.ts';
import { ROLE_LABEL_KEYS } from '../views/labels.ts';
import { loadStaffDirectory } from './load-staff-directory.ts';
import { type PlannedRow, planStaffImport, roleNamesOf, type StaffImportPlan } from './plan-staff-import.ts';
import { readStaffFile, type StaffFile } from './read-staff-file.ts';
import '../tables.ts';
import '../../../platform/db/platform-tables.ts';

/** One run of an import: whose directory, who runs it (null: the command line), the file, and whether to save. */
export interface StaffImportRequest {
  organisationId: string;
  /** The organisation's name, said in the invitations' mail. */
  organisationName: LocalizedText;
  actorId: string | null;
  /** The invitation links' origin when PUBLIC_URL is not set (a request's own); the command line passes none. */
  baseUrl?: string;
  bytes: Uint8Array;
  deactivateMissing: boolean;
  commit: boolean;
}

/** The preview (always) and whether it was saved; `invite` names the new accounts whose invitations the commit asked for. */
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

const VIA = { via: 'staff-import' } as const;

/**
 * Inserts the new accounts' rows a chunk at a time; the statement is compiled once
 * per chunk size and only its values are bound after, which keeps 20,000 rows
 * close to a bare driver loop. Every row has the same columns in the same order.
 */
async function insertUsers(trx: Db, rows: Array<Insertable<UsersTable>>, compiled: Map<number, string>): Promise<void> {
  const text = compiled.get(rows.length);
  if (!text) {
    const query = trx.insertInto('users').values(rows).compile();
    compiled.set(rows.length, query.sql);
    await trx.executeQuery(query);
    return;
  }
  await trx.executeQuery(
    CompiledQuery.raw(
      text,
      rows.flatMap((row) => Object.values(row)),
    ),
  );
}

/** New accounts: no password (they set one through the invitation), placed in their unit. */
async function createAccounts(trx: Db, organisationId: string, rows: PlannedRow[], now: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const compiled = new Map<number, string>();
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
    await insertUsers(trx, values, compiled);
  }
  return ids;
}

/** Names and languages; the places and reactivations go through the directory's commands. */
async function updateAccounts(trx: Db, organisationId: string, rows: PlannedRow[], now: string): Promise<void> {
  for (const row of rows) {
    await trx
      .updateTable('users')
      .set({ display_name: row.name, locale: row.locale, updated_at: now })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', row.userId as string)
      .execute();
  }
}

/** The rows' roles: a unit manager for the row's unit, any other role organisation-wide; one already held is left alone. */
async function grantRoles(trx: Db, request: StaffImportRequest, rows: Array<PlannedRow & { userId: string }>, now: Date): Promise<void> {
  const { organisationId, actorId } = request;
  const grants = rows
    .filter((row) => row.role !== null)
    .map((row) => ({
      id: newId(),
      organisation_id: organisationId,
      user_id: row.userId,
      role: row.role as NonNullable<PlannedRow['role']>,
      scope_type: row.role === 'unit_manager' ? ('unit' as const) : ('organisation' as const),
      scope_id: row.role === 'unit_manager' ? row.unitId : '',
      created_at: now.toISOString(),
    }));
  const audit: AuditEntry[] = [];
  for (const part of chunks(grants)) {
    const inserted = await trx
      .insertInto('role_grants')
      .values(part)
      .onConflict((conflict) => conflict.columns(['user_id', 'role', 'scope_type', 'scope_id']).doNothing())
      .returning(['user_id', 'role', 'scope_type', 'scope_id'])
      .execute();
    for (const grant of inserted) {
      const details = { role: grant.role, scopeType: grant.scope_type, scopeId: grant.scope_id || null, ...VIA };
      audit.push({
        organisationId,
        actorUserId: actorId,
        action: AUDIT_ACTIONS.roleGrant,
        subjectType: 'user',
        subjectId: grant.user_id,
        details,
      });
    }
  }
  await recordAuditMany(trx, audit, now);
}

/**
 * Saves a refused-free plan in the open transaction (which holds `lockAdmins`):
 * new accounts are inserted many to a statement, placed where their row says;
 * the others are renamed, placed (`placeUsersIn`), reactivated (`reactivateUsersIn`)
 * and given their roles; the people the file leaves out are deactivated
 * (`deactivateUsersIn`), by the same rules as one person's change; the new
 * accounts' invitations are asked of the `accounts.invitations` job
 * (`requestInvitations`). Answers the new accounts' ids.
 */
async function applyPlan(trx: Db, request: StaffImportRequest, plan: StaffImportPlan, now: Date): Promise<string[]> {
  const { organisationId, actorId } = request;
  const creating = plan.rows.filter((row) => row.outcome === 'create');
  const created = await createAccounts(trx, organisationId, creating, now.toISOString());
  const updated = plan.rows.filter((row) => row.outcome === 'update');
  await updateAccounts(trx, organisationId, updated, now.toISOString());
  const withIds = plan.rows.map((row) => ({ ...row, userId: row.userId ?? (created.get(row.email) as string) }));
  const placedAtCreation: AuditEntry[] = creating.map((row) => ({
    organisationId,
    actorUserId: actorId,
    action: AUDIT_ACTIONS.userPlace,
    subjectType: 'user',
    subjectId: created.get(row.email) as string,
    details: { unitId: row.unitId, ...VIA, change: 'create' },
  }));
  await recordAuditMany(trx, placedAtCreation, now);
  const placements = updated.map((row) => ({ userId: row.userId as string, unitId: row.unitId }));
  await placeUsersIn(trx, { organisationId, actorId, placements, details: VIA }, now);
  const returning = updated.filter((row) => row.reactivate).map((row) => row.userId as string);
  await reactivateUsersIn(trx, { organisationId, actorId, userIds: returning, details: VIA }, now);
  await grantRoles(trx, request, withIds, now);
  const leaving = plan.missing.filter((person) => person.outcome === 'deactivate').map((person) => person.userId);
  await deactivateUsersIn(trx, { organisationId, actorId, userIds: leaving, details: VIA }, now);
  const invite = [...created.values()];
  const { organisationName, baseUrl } = request;
  await requestInvitations(trx, { organisationId, organisationName, actorId, userIds: invite, ...(baseUrl ? { baseUrl } : {}) }, now);
  return invite;
}

/**
 * Reads an HR export and compares it with the organisation's directory; with `commit`
 * and no problem, saves it in one transaction: creates and updates accounts, places
 * them, grants their roles, deactivates the placed staff the file leaves out (with
 * `deactivateMissing`), audits each change and asks for the new accounts'
 * invitations, which the `accounts.invitations` job mails after the commit, off
 * the request path. Any problem saves nothing.
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
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    // The admins are locked first (a "deactivate missing" may not take the last one while an admin
    // deactivates another), and the directory is read again under it, so the plan saved is the plan checked.
    await lockAdmins(trx, request.organisationId);
    const plan = planStaffImport(file, await loadStaffDirectory(trx, request.organisationId, roleNames), options);
    if (plan.problems.length > 0) return { ...base, plan, committed: false, invite: [] };
    const invite = await applyPlan(trx, request, plan, now);
    return { ...base, plan, committed: true, invite };
  });
}
