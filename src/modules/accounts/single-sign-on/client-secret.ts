import type { Db } from '../../../platform/db/database.ts';
import { sealerOf } from '../../../platform/sealed-values.ts';

/**
 * Providers' client secrets are sealed with a key of their own (`platform/sealed-values.ts`, from
 * the instance secret `accounts-identity-providers`), as the two-factor secrets are, each bound to
 * its provider: a copy of the accounts' tables alone does not give the secrets.
 */
const sealer = sealerOf('accounts-identity-providers', 'tarina identity provider v1');

/** Encrypts a client secret, bound to its provider (a value copied to another row does not decrypt). */
export function encryptClientSecret(db: Db, providerId: string, secret: string, now: Date): Promise<string> {
  return sealer.seal(db, providerId, secret, now);
}

/** Decrypts what `encryptClientSecret` made; throws when it was tampered with or belongs to another provider. */
export function decryptClientSecret(db: Db, providerId: string, stored: string, now: Date): Promise<string> {
  return sealer.open(db, providerId, stored, now);
}
