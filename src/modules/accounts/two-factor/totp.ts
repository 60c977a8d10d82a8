import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import type { Db } from '../../../platform/db/database.ts';
import { sealerOf } from '../../../platform/sealed-values.ts';

/** RFC 6238's defaults, which every authenticator app reads: SHA-1, six digits, 30 seconds. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: a phone's clock half a minute off, or a code typed as it turned. */
const WINDOW = 1;

/**
 * Authenticator secrets are sealed with a key of their own (`platform/sealed-values.ts`), each bound
 * to its user: a row copied to another user does not decrypt.
 */
const sealer = sealerOf('accounts-two-factor', 'tarina two-factor v1');

/** Encrypts a base32 secret, bound to its user. */
export function encryptSecret(db: Db, userId: string, base32: string, now: Date): Promise<string> {
  return sealer.seal(db, userId, base32, now);
}

/** Decrypts what `encryptSecret` made; throws when it was tampered with or belongs to someone else. */
export function decryptSecret(db: Db, userId: string, stored: string, now: Date): Promise<string> {
  return sealer.open(db, userId, stored, now);
}

/** A new random secret (160 bits, RFC 4226's recommended length), in base32 as apps take it. */
export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(base32: string, label = 'Tarina', issuer = 'Tarina'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS, secret: Secret.fromBase32(base32) });
}

/** The `otpauth://` address an authenticator app scans. */
export function secretUri(base32: string, account: { email: string; issuer: string }): string {
  return totpOf(base32, account.email, account.issuer).toString();
}

/**
 * The address as an SVG QR code (black on white, a quiet zone of four modules as the standard asks),
 * 200 px square (attributes, as the CSP allows no inline style): without a size it would fill the page's width.
 */
export function secretQrSvg(uri: string): string {
  return renderSVG(uri, { border: 4 }).replace('<svg ', '<svg width="200" height="200" ');
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(base32: string): string {
  return base32.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A code as typed: spaces and dashes dropped. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** Whether the text is shaped like an authenticator code (six digits), rather than a recovery code. */
export function isTotpShaped(code: string): boolean {
  return new RegExp(`^\\d{${DIGITS}}$`).test(normaliseCode(code));
}

/**
 * The time step of a right code at `now` (within one step either side), or null for a wrong one.
 * The caller refuses a step not later than the last one accepted, so a code works only once.
 */
export function matchingStep(base32: string, code: string, now: Date): number | null {
  const totp = totpOf(base32);
  const token = normaliseCode(code);
  const delta = totp.validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code an app shows at `now` (tests and the demo compute it as the app would). */
export function currentCode(base32: string, now: Date): string {
  return totpOf(base32).generate({ timestamp: now.getTime() });
}
