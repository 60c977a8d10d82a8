import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';

/** What a reset link is worth now. */
export type ResetLinkState = 'valid' | 'unknown' | 'expired' | 'used';

/** Looks up a reset link by its token within the organisation (another organisation's link is unknown here). */
export async function findPasswordReset(db: Db, organisationId: string, token: string, now: Date): Promise<ResetLinkState> {
  const row = await db
    .selectFrom('password_resets')
    .select(['expires_at', 'used_at'])
    .$call(inOrganisation(organisationId, 'password_resets'))
    .where('id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return 'unknown';
  if (row.used_at) return 'used';
  return row.expires_at <= now.toISOString() ? 'expired' : 'valid';
}
