import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { hashPassword } from '../passwords.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/**
 * Sets a new password through a reset link and ends every session of the
 * account. The link is claimed in the same statement that checks it, so two
 * simultaneous uses cannot both succeed. Answers the user's id.
 */
export async function resetPassword(db: Db, organisationId: string, token: string, password: string, now: Date): Promise<string> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'password_resets'))
      .where('id', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .returning('user_id')
      .executeTakeFirst();
    if (!claimed) throw new Refusal('gone', 'accounts.passwordReset.linkInvalid', {}, {}, 'reset-link-invalid');
    const userId = claimed.user_id;
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', userId)
      .execute();
    // Other pending links of the account would still reset the password; retire them too.
    await trx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'password_resets'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    await trx.deleteFrom('sessions').$call(inOrganisation(organisationId, 'sessions')).where('user_id', '=', userId).execute();
    await recordAudit(
      trx,
      { organisationId, actorUserId: userId, action: AUDIT_ACTIONS.passwordReset, subjectType: 'user', subjectId: userId },
      now,
    );
    return userId;
  });
}
