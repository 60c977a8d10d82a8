import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { listGrants } from '../queries/resolve-identity.ts';
import { coveredByRequirement, requiresTwoFactor } from '../two-factor/policy.ts';
import { newRecoveryCode, RECOVERY_CODE_COUNT } from '../two-factor/recovery-codes.ts';
import { replaceRecoveryCodes, type TwoFactorOwner } from './set-up-two-factor.ts';
import { verifySecondFactor } from './verify-second-factor.ts';
import '../tables.ts';

/** Forgets a person's two-factor: the secret, the half-done setup and every recovery code. */
async function forgetTwoFactor(db: Db, owner: TwoFactorOwner): Promise<void> {
  await db
    .deleteFrom('account_recovery_codes')
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.userId)
    .execute();
  await db
    .deleteFrom('account_two_factor')
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.userId)
    .execute();
}

/**
 * Turns one's own two-factor off, given a current code or a recovery code (a stolen session
 * alone cannot). Refused while the organisation requires it of one's roles. Audited.
 */
export async function turnOffTwoFactor(db: Db, owner: TwoFactorOwner, code: string, now: Date): Promise<void> {
  if (
    coveredByRequirement(await listGrants(db, owner.organisationId, owner.userId)) &&
    (await requiresTwoFactor(db, owner.organisationId))
  ) {
    throw refuse.conflict('accounts.twoFactor.requiredCannotTurnOff', {}, { code: { key: 'accounts.twoFactor.requiredCannotTurnOff' } });
  }
  await verifySecondFactor(db, owner, code, now);
  await db.transaction().execute(async (trx) => {
    await forgetTwoFactor(trx, owner);
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.twoFactorDisable,
        subjectType: 'user',
        subjectId: owner.userId,
      },
      now,
    );
  });
}

/** New recovery codes for the old ones (used or not), given a current code; answered this once. Audited. */
export async function renewRecoveryCodes(db: Db, owner: TwoFactorOwner, code: string, now: Date): Promise<string[]> {
  await verifySecondFactor(db, owner, code, now);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, owner, codes, now);
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.recoveryCodesRenew,
        subjectType: 'user',
        subjectId: owner.userId,
      },
      now,
    );
  });
  return codes;
}

/**
 * An admin's help for a person who lost their device and recovery codes: their two-factor is
 * forgotten and every session and half-done sign-in of theirs ends, so the next sign-in starts
 * with the password and (where required) sets two-factor up again. Not for oneself (one's own
 * page turns it off with a code). Audited with the admin as actor.
 */
export async function resetTwoFactor(db: Db, input: TwoFactorOwner & { actorId: string | null }, now: Date): Promise<void> {
  if (input.actorId === input.userId) throw refuse.conflict('accounts.twoFactor.resetSelf');
  await db.transaction().execute(async (trx) => {
    await forgetTwoFactor(trx, input);
    await trx.deleteFrom('sessions').where('organisation_id', '=', input.organisationId).where('user_id', '=', input.userId).execute();
    await trx
      .deleteFrom('account_sign_in_challenges')
      .where('organisation_id', '=', input.organisationId)
      .where('user_id', '=', input.userId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: input.organisationId,
        actorUserId: input.actorId,
        action: AUDIT_ACTIONS.twoFactorReset,
        subjectType: 'user',
        subjectId: input.userId,
      },
      now,
    );
  });
}
