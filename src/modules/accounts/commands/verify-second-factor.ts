import { sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { hashRecoveryCode } from '../two-factor/recovery-codes.ts';
import { decryptSecret, isTotpShaped, matchingStep, normaliseCode } from '../two-factor/totp.ts';
import '../tables.ts';

/** Wrong codes in a row before the person must wait. */
export const MAX_WRONG_CODES = 5;
/** How long they wait after that; a right code before then is refused too. */
export const LOCK_MINUTES = 15;

/** Whose second factor is checked. */
export interface SecondFactorSubject {
  organisationId: string;
  userId: string;
}

/** How the second step was passed; a recovery code is gone once used. */
export type SecondFactorPassed = { method: 'totp' } | { method: 'recovery'; recoveryCodesLeft: number };

/**
 * Checks an authenticator code or a recovery code of a person with two-factor on. A code is
 * accepted once (its time step must be later than the last accepted one), a recovery code once
 * (marked used in the same statement that checks it). After `MAX_WRONG_CODES` wrong ones in a
 * row the person waits `LOCK_MINUTES`, whichever sign-in or browser they come from. Wrong codes
 * are refused at the field `code`, the wait as `too-many` (429).
 */
export async function verifySecondFactor(db: Db, subject: SecondFactorSubject, code: string, now: Date): Promise<SecondFactorPassed> {
  const row = await db
    .selectFrom('account_two_factor')
    .select(['secret_encrypted', 'last_used_step', 'locked_until'])
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  if (!row) throw refuse.conflict('accounts.twoFactor.notOn');
  if (row.locked_until && row.locked_until > now.toISOString()) throw lockedRefusal(row.locked_until, now);
  if (normaliseCode(code) === '') throw refuse.invalid({ code: { key: 'accounts.twoFactor.codeMissing' } });

  if (isTotpShaped(code)) {
    const secret = await decryptSecret(db, subject.userId, row.secret_encrypted, now);
    const step = matchingStep(secret, code, now);
    if (step !== null && (await takeStep(db, subject, step))) return { method: 'totp' };
    return countWrong(db, subject, now, step === null ? 'accounts.twoFactor.codeWrong' : 'accounts.twoFactor.codeUsed');
  }
  const used = await db
    .updateTable('account_recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('id', '=', hashRecoveryCode(code))
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return countWrong(db, subject, now, 'accounts.twoFactor.codeWrong');
  await clearWrong(db, subject);
  await recordAudit(
    db,
    {
      organisationId: subject.organisationId,
      actorUserId: subject.userId,
      action: AUDIT_ACTIONS.recoveryCodeUse,
      subjectType: 'user',
      subjectId: subject.userId,
    },
    now,
  );
  const left = await db
    .selectFrom('account_recovery_codes')
    .select((builder) => builder.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { method: 'recovery', recoveryCodesLeft: Number(left.count) };
}

/** Records the accepted step only if it is later than the last: of two posts of one code, one wins. */
async function takeStep(db: Db, subject: SecondFactorSubject, step: number): Promise<boolean> {
  const result = await db
    .updateTable('account_two_factor')
    .set({ last_used_step: step, failed_attempts: 0 })
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .where((builder) => builder.or([builder('last_used_step', 'is', null), builder('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function clearWrong(db: Db, subject: SecondFactorSubject): Promise<void> {
  await db
    .updateTable('account_two_factor')
    .set({ failed_attempts: 0 })
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .execute();
}

/** Counts a wrong (or used) code; the last one allowed starts the wait. */
async function countWrong(db: Db, subject: SecondFactorSubject, now: Date, messageKey: string): Promise<never> {
  await db
    .updateTable('account_two_factor')
    .set({ failed_attempts: sql<number>`failed_attempts + 1` })
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .execute();
  const row = await db
    .selectFrom('account_two_factor')
    .select('failed_attempts')
    .where('organisation_id', '=', subject.organisationId)
    .where('user_id', '=', subject.userId)
    .executeTakeFirstOrThrow();
  if (row.failed_attempts >= MAX_WRONG_CODES) {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    await db
      .updateTable('account_two_factor')
      .set({ failed_attempts: 0, locked_until: lockedUntil })
      .where('organisation_id', '=', subject.organisationId)
      .where('user_id', '=', subject.userId)
      .execute();
    throw lockedRefusal(lockedUntil, now);
  }
  throw refuse.invalid({ code: { key: messageKey, values: { left: MAX_WRONG_CODES - row.failed_attempts } } });
}

function lockedRefusal(lockedUntil: string, now: Date) {
  const minutes = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000));
  return refuse.tooMany('accounts.twoFactor.locked', { minutes });
}
