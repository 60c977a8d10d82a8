import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AccountContact, AccountLookups } from '../../../platform/module.ts';
import '../tables.ts';
import { countPlacedStaffByUnit } from './count-placed-staff.ts';

const COLUMNS = ['id', 'email', 'display_name', 'locale', 'deactivated_at'] as const;

function toContact(row: {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  deactivated_at: string | null;
}): AccountContact {
  return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale, deactivated: row.deactivated_at !== null };
}

/** The organisation's account with this e-mail (compared in lower case), or undefined. */
export async function findAccountByEmail(db: Db, organisationId: string, email: string): Promise<AccountContact | undefined> {
  const row = await db
    .selectFrom('users')
    .select(COLUMNS)
    .$call(inOrganisation(organisationId, 'users'))
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? toContact(row) : undefined;
}

/** The organisation's account with this id, or undefined (another organisation's account is unknown here). */
export async function findAccountById(db: Db, organisationId: string, userId: string): Promise<AccountContact | undefined> {
  const row = await db
    .selectFrom('users')
    .select(COLUMNS)
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? toContact(row) : undefined;
}

/** The organisation's accounts among these ids, by id, in one query (unknown and foreign ids are left out). */
export async function listAccountsByIds(db: Db, organisationId: string, userIds: readonly string[]): Promise<Map<string, AccountContact>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(COLUMNS)
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((row) => [row.id, toContact(row)]));
}

/** The organisation's accounts placed in these units or work communities (`users.unit_id`), in one query, by e-mail. */
export async function listAccountsPlacedInUnits(db: Db, organisationId: string, unitIds: readonly string[]): Promise<AccountContact[]> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(COLUMNS)
    .$call(inOrganisation(organisationId, 'users'))
    .where('unit_id', 'in', unique)
    .orderBy('email')
    .execute();
  return rows.map(toContact);
}

/** What accounts lends the other modules (`context.accountLookups`). */
export const accountLookups: AccountLookups = {
  findByEmail: findAccountByEmail,
  findById: findAccountById,
  listByIds: listAccountsByIds,
  listPlacedInUnits: listAccountsPlacedInUnits,
  countPlacedByUnit: (db, organisationId) => countPlacedStaffByUnit({ db }, organisationId),
};
