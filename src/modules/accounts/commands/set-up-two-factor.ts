import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from '../two-factor/recovery-codes.ts';
import { decryptSecret, encryptSecret, matchingStep, newSecret, normaliseCode } from '../two-factor/totp.ts';
import '../tables.ts';

/** Whose two-factor is set up. */
export interface TwoFactorOwner {
  organisationId: string;
  userId: string;
}

/**
 * The secret being set up, made on first ask and the same on every reload until it is
 * confirmed (the QR code does not change under a person scanning it); answers its base32.
 * Someone whose two-factor is on already is refused: turning it off comes first.
 */
export async function ensurePendingSecret(db: Db, owner: TwoFactorOwner, now: Date): Promise<string> {
  const row = await db
    .selectFrom('account_two_factor')
    .select(['secret_encrypted', 'confirmed_at'])
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.userId)
    .executeTakeFirst();
  if (row?.confirmed_at) throw refuse.conflict('accounts.twoFactor.alreadyOn');
  if (row) return decryptSecret(db, owner.userId, row.secret_encrypted, now);
  const secret = newSecret();
  await db
    .insertInto('account_two_factor')
    .values({
      user_id: owner.userId,
      organisation_id: owner.organisationId,
      secret_encrypted: await encryptSecret(db, owner.userId, secret, now),
      created_at: now.toISOString(),
      confirmed_at: null,
      last_used_step: null,
      locked_until: null,
    })
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .execute();
  return ensurePendingSecret(db, owner, now);
}

/**
 * Turns two-factor on once the person shows a current code of the secret being set up (so the
 * app really has it), and answers the new recovery codes, shown this once: only their SHA-256
 * is kept. The code's time step is taken, so it cannot sign in afterwards. Audited.
 */
export async function confirmTwoFactor(db: Db, owner: TwoFactorOwner, code: string, now: Date): Promise<string[]> {
  const row = await db
    .selectFrom('account_two_factor')
    .select(['secret_encrypted', 'confirmed_at'])
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.userId)
    .executeTakeFirst();
  if (row?.confirmed_at) throw refuse.conflict('accounts.twoFactor.alreadyOn');
  if (!row) throw refuse.conflict('accounts.twoFactor.setupExpired');
  if (normaliseCode(code) === '') throw refuse.invalid({ code: { key: 'accounts.twoFactor.codeMissing' } });
  const step = matchingStep(await decryptSecret(db, owner.userId, row.secret_encrypted, now), code, now);
  if (step === null) throw refuse.invalid({ code: { key: 'accounts.twoFactor.setupCodeWrong' } });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction().execute(async (trx) => {
    const confirmed = await trx
      .updateTable('account_two_factor')
      .set({ confirmed_at: now.toISOString(), last_used_step: step, failed_attempts: 0, locked_until: null })
      .where('organisation_id', '=', owner.organisationId)
      .where('user_id', '=', owner.userId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    if (Number(confirmed.numUpdatedRows) !== 1) throw refuse.conflict('accounts.twoFactor.alreadyOn');
    await replaceRecoveryCodes(trx, owner, codes, now);
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.twoFactorEnable,
        subjectType: 'user',
        subjectId: owner.userId,
      },
      now,
    );
  });
  return codes;
}

/** Stores a person's recovery codes (hashed), dropping any earlier ones, used or not. */
export async function replaceRecoveryCodes(db: Db, owner: TwoFactorOwner, codes: readonly string[], now: Date): Promise<void> {
  await db
    .deleteFrom('account_recovery_codes')
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.userId)
    .execute();
  await db
    .insertInto('account_recovery_codes')
    .values(
      codes.map((code) => ({
        id: hashRecoveryCode(code),
        organisation_id: owner.organisationId,
        user_id: owner.userId,
        created_at: now.toISOString(),
        used_at: null,
      })),
    )
    .execute();
}
