import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type Expression, type SqlBool, sql } from 'kysely';
import { PARTICIPANT_COOKIE, pseudonymOf, signedCookie } from '../participation/participant.ts';
import {
  type BrowserParticipationQuery,
  type ParticipationEntry,
  type ParticipationQuery,
  type ParticipationSource,
  participationOf,
} from './process-channels.ts';

/**
 * An older key a module still knows a browser by in one channel (from the secret of a cookie the
 * module gave before the platform's, or from a short platform secret), or null.
 */
export type LegacyBrowserKey = (channelId: string, participantSecret: string | null, request: FastifyRequest) => string | null;

/**
 * This browser's keys in the channels of one kind of one process, by channel id: its
 * pseudonym in each (from the platform's participant cookie), plus whatever older key the
 * module still knows the browser by (`legacy`). Computed in memory from the request's own
 * signed cookies, so a module reads a process's rows of this browser with one query
 * (`browser_key in (…)`) and never anything of another browser. Empty when the browser has no key.
 */
export function browserKeysIn(
  request: FastifyRequest,
  kind: string,
  channelIds: readonly string[],
  legacy?: LegacyBrowserKey,
): Map<string, string[]> {
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  const keys = new Map<string, string[]>();
  for (const id of channelIds) {
    const own = [secret ? pseudonymOf(request, secret, { kind, id }) : null, legacy ? legacy(id, secret, request) : null];
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

/** Whose participation a module reads: the signed-in account's, or this browser's by its keys in each channel. */
export type Whose = { userId: string } | { browserKeys: ReadonlyMap<string, readonly string[]> };

/**
 * The condition on a participation table's rows that are `whose` (the columns named as the query
 * knows them, `participant.user_id`): the account's rows, or rows without an account under one of
 * the browser's keys. Keep only rows that `isWhose` after reading: an older key may stand in every channel.
 */
export function whoseRows(whose: Whose, columns: { userId: string; browserKey: string }): Expression<SqlBool> {
  const user = sql.ref(columns.userId);
  if ('userId' in whose) return sql<SqlBool>`${user} = ${whose.userId}`;
  const keys = allKeys(whose.browserKeys);
  if (keys.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${user} is null and ${sql.ref(columns.browserKey)} in (${sql.join(keys)}))`;
}

/** Whether a row read by `whoseRows` is whose it should be: any of the account's, a browser's only under its key in that channel. */
export function isWhose(whose: Whose, channelId: string, browserKey: string | null): boolean {
  return 'userId' in whose || isBrowsersIn(whose.browserKeys, channelId, browserKey);
}

/** What marks an entry as this browser's (`byBrowser`), or nothing for the account's. */
export function markOf(whose: Whose): Pick<ParticipationEntry, 'byBrowser'> {
  return 'browserKeys' in whose ? { byBrowser: true } : {};
}

/** How a module finds this browser's keys in a process: its channels' kind and ids, and any older key. */
export interface BrowserChannels {
  /** The kind the channels' pseudonyms are made with (`statements`, `workshop`, `event` …). */
  kind: string;
  /** The ids of the process's channels of this module (one query). */
  channelIds: (query: BrowserParticipationQuery) => Promise<string[]>;
  legacy?: LegacyBrowserKey;
}

/**
 * A module's participation source for both the signed-in account and this browser, from one
 * reader of its rows by `Whose`: the account's rows in one query; the browser's in two (the
 * process's channel ids, then the rows under the browser's keys in them), none when it has no key.
 */
export function participationByWhose(
  read: (query: Pick<ParticipationQuery, 'context' | 'actor' | 'locale' | 'process'>, whose: Whose) => Promise<ParticipationEntry[]>,
  channels: BrowserChannels,
): ParticipationSource {
  return participationOf(
    (query) => read(query, { userId: query.userId }),
    async (query) => {
      const browserKeys = browserKeysIn(query.request, channels.kind, await channels.channelIds(query), channels.legacy);
      return browserKeys.size === 0 ? [] : read(query, { browserKeys });
    },
  );
}
