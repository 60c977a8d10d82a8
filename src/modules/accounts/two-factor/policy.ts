import type { RoleGrant } from '../../../platform/authz/authz.ts';
import { ROLES, type Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import '../tables.ts';

/**
 * The roles an organisation's "require two-factor" covers: admins, and every role whose
 * permissions reach personal data — process managers (registrations, survey answers),
 * facilitators (attendee lists), analysts (survey answers and contributions), moderators
 * (participants' statements) and unit managers (the staff directory's names and addresses).
 * Only `member` (a seat on a body, reading what the public reads) is left out.
 */
export const TWO_FACTOR_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'member');

/** Whether someone holding these grants falls under the requirement. */
export function coveredByRequirement(grants: readonly Pick<RoleGrant, 'role'>[]): boolean {
  return grants.some((grant) => TWO_FACTOR_ROLES.includes(grant.role));
}

/** Whether the organisation requires two-factor of the roles above. */
export async function requiresTwoFactor(db: Db, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('account_security_settings')
    .select('require_two_factor')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.require_two_factor === 1;
}

/** What a person's two-factor is: off, being set up (a secret made, not yet confirmed with a code), or on. */
export type TwoFactorState = { status: 'off' } | { status: 'pending' } | { status: 'on'; confirmedAt: string; recoveryCodesLeft: number };

/** The person's two-factor state (another organisation's person: off). */
export async function findTwoFactorState(db: Db, organisationId: string, userId: string): Promise<TwoFactorState> {
  const row = await db
    .selectFrom('account_two_factor')
    .select(['confirmed_at'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return { status: 'off' };
  if (!row.confirmed_at) return { status: 'pending' };
  const left = await db
    .selectFrom('account_recovery_codes')
    .select((builder) => builder.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { status: 'on', confirmedAt: row.confirmed_at, recoveryCodesLeft: Number(left.count) };
}
