import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { hashPassword } from '../passwords.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';

/**
 * Accepts a sign-in invitation: sets the person's password, retires every
 * other invitation and reset link of theirs and ends their sessions (the
 * caller starts a new one). The invitation is claimed in the statement that
 * checks it, so of two simultaneous uses only one succeeds; a used, expired,
 * unknown or deactivated person's invitation is gone (410). Answers the user's id.
 */
export async function acceptInvitation(db: Db, organisationId: string, token: string, password: string, now: Date): Promise<string> {
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('account_invitations')
      .set({ used_at: at })
      .$call(inOrganisation(organisationId, 'account_invitations'))
      .where('id', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .returning('user_id')
      .executeTakeFirst();
    if (!claimed) throw new Refusal('gone', 'accounts.invitation.invalid', {}, {}, 'invitation-invalid');
    const userId = claimed.user_id;
    const updated = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: at, last_sign_in_at: at })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', userId)
      .where('deactivated_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new Refusal('gone', 'accounts.invitation.invalid', {}, {}, 'invitation-invalid');
    for (const table of ['account_invitations', 'password_resets'] as const) {
      await trx
        .updateTable(table)
        .set({ used_at: at })
        .$call(inOrganisation(organisationId, table))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    }
    await trx.deleteFrom('sessions').$call(inOrganisation(organisationId, 'sessions')).where('user_id', '=', userId).execute();
    await recordAudit(
      trx,
      { organisationId, actorUserId: userId, action: AUDIT_ACTIONS.invitationAccept, subjectType: 'user', subjectId: userId },
      now,
    );
    return userId;
  });
}
