import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { getOrCreateSecret } from '../../../platform/secrets.ts';

const signature = async (db: Db, userId: string, processId: string, now: Date) =>
  createHmac('sha256', await getOrCreateSecret(db, 'story-response-mail', now))
    .update(`${userId}:${processId}`)
    .digest('base64url');

/**
 * The token of a response mail's unsubscribe link: the account's id and an HMAC of it with the
 * process's, so the link alone stops that person's response mails of this story (nothing is stored).
 */
export async function responseMailToken(db: Db, userId: string, processId: string, now: Date): Promise<string> {
  return `${Buffer.from(userId).toString('base64url')}.${await signature(db, userId, processId, now)}`;
}

/** The account a token names for this process, or null when it is not one of ours. */
export async function readResponseMailToken(db: Db, token: string, processId: string, now: Date): Promise<string | null> {
  const [encoded, given] = token.split('.');
  if (!encoded || !given) return null;
  const userId = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(await signature(db, userId, processId, now));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? userId : null;
}
