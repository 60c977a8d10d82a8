import { CompiledQuery, type Insertable } from 'kysely';
import { type AuditEntry, recordAuditMany } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { deactivateUsersIn, reactivateUsersIn } from '../commands/deactivate-user.ts';
import { grantRolesIn } from '../commands/grant-role.ts';
import { placeUsersIn } from '../commands/place-user.ts';
import { requestInvitationBatch } from '../jobs/send-invitations.ts';
import type { UsersTable } from '../tables.ts';
import type { PlannedRow, StaffImportPlan } from './plan-staff-import.ts';
import type { StaffImportRequest } from './staff-import-result.ts';
import '../tables.ts';

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's limits on bound values. */
const CHUNK = 400;

const VIA = { via: 'staff-import' } as const;

/** The columns of a new account's row, in the order its statement binds them. */
const USER_COLUMNS = [
  'id',
  'organisation_id',
  'email',
  'password_hash',
  'display_name',
  'locale',
  'unit_id',
  'created_at',
  'updated_at',
  'last_sign_in_at',
  'deactivated_at',
  'invitation_batch_id',
] as const;

type NewUser = { [column in (typeof USER_COLUMNS)[number]]: Insertable<UsersTable>[column] };

/**
 * Inserts the new accounts' rows a chunk at a time; the statement is compiled once
 * per chunk size and only its values are bound after, which keeps 20,000 rows
 * close to a bare driver loop.
 */
async function insertUsers(trx: Db, rows: NewUser[], compiled: Map<number, string>): Promise<void> {
  let text = compiled.get(rows.length);
  if (!text) {
    text = trx.insertInto('users').values(rows).compile().sql;
    compiled.set(rows.length, text);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of USER_COLUMNS) parameters.push(row[column] ?? null);
  await trx.executeQuery(CompiledQuery.raw(text, parameters));
}

/**
 * New accounts: no password (they set one through the invitation), placed in their unit,
 * and marked with the import's invitation batch (null: none asked for).
 */
async function createAccounts(trx: Db, organisationId: string, rows: PlannedRow[], now: string, batchId: string | null) {
  const ids = new Map<string, string>();
  const compiled = new Map<number, string>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const values = rows.slice(start, start + CHUNK).map((row): NewUser => {
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
        invitation_batch_id: batchId,
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

/** The rows' roles by the accounts' own `grantRolesIn`: a unit manager for the row's unit, any other role organisation-wide. */
async function grantRoles(trx: Db, request: StaffImportRequest, rows: Array<PlannedRow & { userId: string }>, now: Date) {
  const grants = rows.flatMap((row) =>
    row.role === null
      ? []
      : [
          row.role === 'unit_manager'
            ? { userId: row.userId, role: row.role, scopeType: 'unit' as const, scopeId: row.unitId }
            : { userId: row.userId, role: row.role, scopeType: 'organisation' as const, scopeId: '' },
        ],
  );
  await grantRolesIn(trx, { organisationId: request.organisationId, actorId: request.actorId, grants, details: VIA }, now);
}

/** The new accounts' placement, audited as one person's would be. */
function placedAtCreation(request: StaffImportRequest, creating: PlannedRow[], created: Map<string, string>): AuditEntry[] {
  return creating.map((row) => ({
    organisationId: request.organisationId,
    actorUserId: request.actorId,
    action: AUDIT_ACTIONS.userPlace,
    subjectType: 'user',
    subjectId: created.get(row.email) as string,
    details: { unitId: row.unitId, ...VIA, change: 'create' },
  }));
}

/**
 * Saves a refused-free plan in the open transaction (which holds `lockAdmins`):
 * new accounts are inserted many to a statement, placed where their row says and
 * marked for the import's one invitation batch (`requestInvitationBatch`; the
 * `accounts.invitations` job mails them); the others are renamed, placed
 * (`placeUsersIn`) and reactivated (`reactivateUsersIn`); roles go through
 * `grantRolesIn`; the people the file leaves out are deactivated (`deactivateUsersIn`),
 * by the same rules as one person's change. A file that updates (a name may change),
 * deactivates or reactivates anyone moves the page version last, in the same
 * transaction (the organisation chart names people). Answers the new accounts' ids.
 */
export async function saveStaffImport(trx: Db, request: StaffImportRequest, plan: StaffImportPlan, now: Date): Promise<string[]> {
  const { organisationId, actorId, organisationName, baseUrl } = request;
  const creating = plan.rows.filter((row) => row.outcome === 'create');
  const batch = { organisationId, organisationName, actorId, ...(baseUrl ? { baseUrl } : {}) };
  const batchId = creating.length > 0 ? await requestInvitationBatch(trx, batch, now) : null;
  const created = await createAccounts(trx, organisationId, creating, now.toISOString(), batchId);
  const updated = plan.rows.filter((row) => row.outcome === 'update');
  await updateAccounts(trx, organisationId, updated, now.toISOString());
  await recordAuditMany(trx, placedAtCreation(request, creating, created), now);
  const placements = updated.map((row) => ({ userId: row.userId as string, unitId: row.unitId }));
  await placeUsersIn(trx, { organisationId, actorId, placements, details: VIA }, now);
  const returning = updated.filter((row) => row.reactivate).map((row) => row.userId as string);
  await reactivateUsersIn(trx, { organisationId, actorId, userIds: returning, details: VIA }, now);
  const withIds = plan.rows.map((row) => ({ ...row, userId: row.userId ?? (created.get(row.email) as string) }));
  await grantRoles(trx, request, withIds, now);
  const leaving = plan.missing.filter((person) => person.outcome === 'deactivate').map((person) => person.userId);
  await deactivateUsersIn(trx, { organisationId, actorId, userIds: leaving, details: VIA }, now);
  // A name changed, someone left or came back: pages that name people (the organisation chart's seats)
  // are rendered again, as after one person's change; last, so the version's row is locked only to commit.
  if (updated.length + returning.length + leaving.length > 0) await bumpPageVersion(trx, organisationId);
  return [...created.values()];
}
