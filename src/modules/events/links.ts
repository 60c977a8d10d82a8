import { createHash, createHmac } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { getOrCreateSecret } from '../../platform/secrets.ts';

const secrets = new WeakMap<Db, Promise<string>>();

function secretOf(db: Db, now: Date): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = getOrCreateSecret(db, 'events-links', now);
    secrets.set(db, secret);
  }
  return secret;
}

/**
 * The token of a personal link (a registration's, an invitation's). It is an
 * HMAC of the row's id, so a reminder months later can carry the same link,
 * while the table keeps only its SHA-256.
 */
export async function linkToken(db: Db, kind: 'registration' | 'invitation', id: string, now: Date): Promise<string> {
  return createHmac('sha256', await secretOf(db, now))
    .update(`${kind}:${id}`)
    .digest('base64url');
}

/** The SHA-256 stored for a link token, and looked up when the link is used. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
