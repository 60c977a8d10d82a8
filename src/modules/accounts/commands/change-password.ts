import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';
import type { changePasswordSchema } from '../schemas.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/** Whose password changes, and which session stays signed in. */
export interface PasswordOwner {
  organisationId: string;
  userId: string;
  /** The session the change is made in; null when made with an API token. */
  sessionId: string | null;
}

/**
 * Changes one's password after checking the current one (a wrong one is a
 * field error and changes nothing), then ends every other session: whoever
 * knew the old password is signed out.
 */
export async function changePassword(db: Db, owner: PasswordOwner, input: z.output<typeof changePasswordSchema>, now: Date): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .$call(inOrganisation(owner.organisationId, 'users'))
    .where('id', '=', owner.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw refuse.invalid({ currentPassword: { key: 'accounts.password.currentWrong' } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .$call(inOrganisation(owner.organisationId, 'users'))
      .where('id', '=', owner.userId)
      .execute();
    let others = trx.deleteFrom('sessions').$call(inOrganisation(owner.organisationId, 'sessions')).where('user_id', '=', owner.userId);
    if (owner.sessionId) others = others.where('id', '<>', owner.sessionId);
    await others.execute();
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.passwordChange,
        subjectType: 'user',
        subjectId: owner.userId,
      },
      now,
    );
  });
}
