import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';

/** What a sign-in invitation's link is worth now. */
export type InvitationState = 'valid' | 'unknown' | 'expired' | 'used';

/** The link's invitation (another organisation's is unknown here) and whom it invites. */
export async function findInvitation(db: Db, organisationId: string, token: string, now: Date) {
  const row = await db
    .selectFrom('account_invitations')
    .innerJoin('users', 'users.id', 'account_invitations.user_id')
    .select(['account_invitations.expires_at', 'account_invitations.used_at', 'users.email', 'users.deactivated_at'])
    .where('account_invitations.organisation_id', '=', organisationId)
    .where('account_invitations.id', '=', hashToken(token))
    .$call(inOrganisation(organisationId, 'users'))
    .executeTakeFirst();
  const state: InvitationState = !row
    ? 'unknown'
    : row.used_at || row.deactivated_at
      ? 'used'
      : row.expires_at <= now.toISOString()
        ? 'expired'
        : 'valid';
  return { state, email: row?.email ?? '' };
}
