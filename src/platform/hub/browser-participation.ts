import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PARTICIPANT_COOKIE, pseudonymOf, signedCookie } from '../participation/participant.ts';

/**
 * This browser's keys in the channels of one kind of one process, by channel id: its
 * pseudonym in each (from the platform's participant cookie), plus whatever older key the
 * module still knows the browser by (`legacy`, from the secret of a cookie the module gave
 * before the platform's). Computed in memory from the request's own signed cookies, so a
 * module reads a process's rows of this browser with one query (`browser_key in (…)`) and
 * never anything of another browser. Empty when the browser has no participant cookie.
 */
export function browserKeysIn(
  request: FastifyRequest,
  kind: string,
  channelIds: readonly string[],
  legacy?: (channelId: string, participantSecret: string | null) => string | null,
): Map<string, string[]> {
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  const keys = new Map<string, string[]>();
  for (const id of channelIds) {
    const own = [secret ? pseudonymOf(request, secret, { kind, id }) : null, legacy ? legacy(id, secret) : null];
    const found = own.filter((key): key is string => key !== null);
    if (found.length > 0) keys.set(id, found);
  }
  return keys;
}

/** Every key of `browserKeysIn`, for the query's `in` list. */
export function allKeys(keys: ReadonlyMap<string, readonly string[]>): string[] {
  return [...new Set([...keys.values()].flat())];
}

/** Whether a row read by `allKeys` is this browser's in its own channel (a key names one channel). */
export function isBrowsersIn(keys: ReadonlyMap<string, readonly string[]>, channelId: string, key: string | null): boolean {
  return key !== null && (keys.get(channelId)?.includes(key) ?? false);
}

/** The SHA-256 of the secret of a module's older signed cookie (how surveys and workshops stored those browsers), or null. */
export function legacyCookieKey(request: FastifyRequest, cookie: string): string | null {
  const secret = signedCookie(request, cookie);
  return secret ? createHash('sha256').update(secret).digest('hex') : null;
}
