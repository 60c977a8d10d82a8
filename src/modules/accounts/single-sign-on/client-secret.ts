import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { getOrCreateSecret } from '../../../platform/secrets.ts';

const keys = new WeakMap<Db, Promise<Buffer>>();

/**
 * The key that encrypts providers' client secrets, derived from the instance secret
 * `accounts-identity-providers` kept as the platform keeps its others (`platform/secrets.ts`), as
 * the two-factor secrets are: a copy of the accounts' tables alone does not give the secrets.
 */
function keyOf(db: Db, now: Date): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = getOrCreateSecret(db, 'accounts-identity-providers', now).then((secret) =>
      createHash('sha256').update(`tarina identity provider v1:${secret}`).digest(),
    );
    keys.set(db, key);
  }
  return key;
}

/** Encrypts a client secret with AES-256-GCM, bound to its provider (a value copied to another row does not decrypt). */
export async function encryptClientSecret(db: Db, providerId: string, secret: string, now: Date): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await keyOf(db, now), iv);
  cipher.setAAD(Buffer.from(providerId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** Decrypts what `encryptClientSecret` made; throws when it was tampered with or belongs to another provider. */
export async function decryptClientSecret(db: Db, providerId: string, stored: string, now: Date): Promise<string> {
  const bytes = Buffer.from(stored.replace(/^v1:/, ''), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', await keyOf(db, now), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(providerId));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
