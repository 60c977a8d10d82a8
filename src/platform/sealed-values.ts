import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from './db/database.ts';
import { getOrCreateSecret } from './secrets.ts';

/** Seals values in the database with a key of their own, each bound to the row it belongs to. */
export interface Sealer {
  /** Encrypts with AES-256-GCM, bound to `owner` (a value copied to another row does not open). */
  seal(db: Db, owner: string, plain: string, now: Date): Promise<string>;
  /** Opens what `seal` made; throws when it was tampered with or belongs to another owner. */
  open(db: Db, owner: string, stored: string, now: Date): Promise<string>;
}

/**
 * A sealer whose key is derived from the instance secret `secretName`, kept as the platform keeps
 * its others (`secrets.ts`, made on first use): a copy of a module's tables alone (an export, a
 * leaked query) does not give the values; a copy of the whole database does, as it gives the
 * cookie secret too. `label` separates the keys of different uses of one secret.
 */
export function sealerOf(secretName: string, label: string): Sealer {
  const keys = new WeakMap<Db, Promise<Buffer>>();
  const keyOf = (db: Db, now: Date) => {
    let key = keys.get(db);
    if (!key) {
      key = getOrCreateSecret(db, secretName, now).then((secret) => createHash('sha256').update(`${label}:${secret}`).digest());
      keys.set(db, key);
    }
    return key;
  };
  return {
    async seal(db, owner, plain, now) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await keyOf(db, now), iv);
      cipher.setAAD(Buffer.from(owner));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
    },
    async open(db, owner, stored, now) {
      const bytes = Buffer.from(stored.replace(/^v1:/, ''), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', await keyOf(db, now), bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(owner));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
