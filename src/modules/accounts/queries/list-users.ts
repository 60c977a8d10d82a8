import { type SqlBool, sql } from 'kysely';
import type { Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { badCursor } from '../../../platform/http/api.ts';
import { listGrantsOfUsers, type StoredGrant } from './list-user-grants.ts';
import '../tables.ts';

/** A user as the admin list shows them. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  createdAt: string;
  lastSignInAt: string | null;
  /** The unit or work community the person is placed in (the staff directory), or null. */
  unitId: string | null;
  /** When the person was deactivated, or null while they may sign in. */
  deactivatedAt: string | null;
  grants: StoredGrant[];
}

/** The users columns a summary needs. */
export const USER_SUMMARY_COLUMNS = [
  'id',
  'email',
  'display_name',
  'locale',
  'created_at',
  'last_sign_in_at',
  'unit_id',
  'deactivated_at',
] as const;

type SummaryRow = {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  created_at: string;
  last_sign_in_at: string | null;
  unit_id: string | null;
  deactivated_at: string | null;
};

/** Shapes a users row and its grants. */
export function toUserSummary(row: SummaryRow, grants: Map<string, StoredGrant[]>): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    unitId: row.unit_id,
    deactivatedAt: row.deactivated_at,
    grants: grants.get(row.id) ?? [],
  };
}

/** Users per page of the admin list and the API. */
export const USERS_PAGE_SIZE = 25;

/** A cursor is the last e-mail of a page: e-mails are unique within an organisation. */
const encodeCursor = (email: string) => Buffer.from(email, 'utf8').toString('base64url');
/** The e-mail address a cursor stands for; one that no page gave (it does not encode an address back to itself) is refused. */
function decodeCursor(cursor: string): string {
  const email = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!email.includes('@') || encodeCursor(email) !== cursor) throw badCursor();
  return email;
}

function matching(search: string) {
  const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return sql<SqlBool>`(users.email like ${pattern} escape '\\' or lower(users.display_name) like ${pattern} escape '\\')`;
}

/**
 * A page of the organisation's users in e-mail order, optionally only those
 * whose e-mail or display name contains `search`; with the total that match.
 */
export async function listUsers(
  db: Db,
  organisationId: string,
  options: {
    search: string;
    after?: string | undefined;
    limit?: number;
    /** Only the people placed in one of these units or work communities (the staff directory's filter). */
    unitIds?: readonly string[] | undefined;
    /** Leave out deactivated people. */
    activeOnly?: boolean;
    /** Only deactivated people. */
    deactivatedOnly?: boolean;
    /** Only the people who hold this role, in any scope. */
    role?: Role | undefined;
  },
): Promise<{ items: UserSummary[]; nextCursor: string | null; total: number }> {
  const limit = options.limit ?? USERS_PAGE_SIZE;
  let query = db.selectFrom('users').$call(inOrganisation(organisationId, 'users'));
  if (options.search) query = query.where(matching(options.search));
  if (options.activeOnly) query = query.where('deactivated_at', 'is', null);
  if (options.deactivatedOnly) query = query.where('deactivated_at', 'is not', null);
  const role = options.role;
  if (role) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants')
          .select('role_grants.id')
          .whereRef('role_grants.user_id', '=', 'users.id')
          .where('role_grants.organisation_id', '=', organisationId)
          .where('role_grants.role', '=', role),
      ),
    );
  }
  if (options.unitIds) query = options.unitIds.length ? query.where('unit_id', 'in', options.unitIds) : query.where(sql<SqlBool>`1 = 0`);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let page = query
    .select(USER_SUMMARY_COLUMNS)
    .orderBy('email')
    .limit(limit + 1);
  if (options.after) page = page.where('email', '>', decodeCursor(options.after));
  const rows = await page.execute();
  const shown = rows.slice(0, limit);
  const grants = await listGrantsOfUsers(
    db,
    organisationId,
    shown.map((row) => row.id),
  );
  const items = shown.map((row) => toUserSummary(row, grants));
  const last = shown.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.email) : null, total: Number(counted.count) };
}
