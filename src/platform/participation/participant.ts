import { createHmac } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { newToken } from '../db/ids.ts';

/**
 * The one cookie that keeps a browser without an account the same participant
 * in surveys, workshops, statements channels and every channel to come. It
 * holds a random secret of the browser, signed with the app's cookie secret.
 * (The name is the one statements channels used before; their 32-character
 * secrets stay valid browser secrets, see docs/participation.md.)
 */
export const PARTICIPANT_COOKIE = 'tarina_participant';

/** The length of the secrets this cookie is given now (32 random bytes, base64url). */
export const BROWSER_SECRET_LENGTH = 43;

/**
 * 400 days, renewed each time the browser takes part: the longest lifetime
 * browsers keep (Chrome and Firefox cap cookies at 400 days), so an answer or
 * a vote stays the browser's own for as long as the browser lets it. See
 * docs/participation.md.
 */
export const PARTICIPANT_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** A place where people take part: a survey, a workshop, a statements channel … */
export interface ParticipationChannel {
  /** The kind of channel, e.g. 'survey', 'workshop', 'statements'. */
  kind: string;
  id: string;
}

/**
 * Who takes part: the signed-in user, or a browser known in this channel only
 * by its pseudonym (the same browser has an unrelated pseudonym in every other channel).
 */
export type Participant = { userId: string } | { pseudonym: string };

/** The verified value of a signed cookie, or null when it is missing or forged. */
export function signedCookie(request: FastifyRequest, name: string): string | null {
  const raw = request.cookies?.[name];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

/**
 * The key pseudonyms are made with: derived from the app's cookie secret (an
 * instance secret, `platform/secrets.ts`, or the configured session secret), so
 * every app process derives the same pseudonyms without a look-up.
 */
function pseudonymKey(request: FastifyRequest): string {
  const signed = request.signCookie('tarina:participation:pseudonym-key');
  return signed.slice(signed.lastIndexOf('.') + 1);
}

function hmac(request: FastifyRequest, message: string): string {
  return createHmac('sha256', pseudonymKey(request)).update(message).digest('hex');
}

/** The browser's pseudonym in a channel: an HMAC of the channel and the browser's secret. */
export function pseudonymOf(request: FastifyRequest, browserSecret: string, channel: ParticipationChannel): string {
  return hmac(request, `channel\u0000${channel.kind}\u0000${channel.id}\u0000${browserSecret}`);
}

/** The request's participant in a channel, if it has one: the account, else the browser's cookie (nothing is set). */
export function participantOf(request: FastifyRequest, channel: ParticipationChannel): Participant | null {
  const user = request.identity?.user;
  if (user) return { userId: user.id };
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  return secret ? { pseudonym: pseudonymOf(request, secret, channel) } : null;
}

function setParticipantCookie(config: Pick<Config, 'publicUrl'>, reply: FastifyReply, secret: string): void {
  reply.setCookie(PARTICIPANT_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicUrl?.startsWith('https://') ?? false,
    signed: true,
    maxAge: PARTICIPANT_COOKIE_MAX_AGE_SECONDS,
  });
}

/**
 * The request's participant in a channel, for taking part: a browser without
 * an account is given its cookie first if it has none, and a browser that has
 * one has its lifetime renewed.
 */
export function participantFor(
  context: { config: Pick<Config, 'publicUrl'> },
  request: FastifyRequest,
  reply: FastifyReply,
  channel: ParticipationChannel,
): Participant {
  const user = request.identity?.user;
  if (user) return { userId: user.id };
  const secret = signedCookie(request, PARTICIPANT_COOKIE) ?? newToken(32);
  setParticipantCookie(context.config, reply, secret);
  return { pseudonym: pseudonymOf(request, secret, channel) };
}

/**
 * Whom rate limits count, whatever the channel: `user:<id>`, `browser:<key>`
 * for a browser with the participant cookie, or null (count by address). The
 * browser's key is an HMAC too, so the secret itself is kept nowhere.
 */
export function participantRateKey(request: FastifyRequest): string | null {
  const user = request.identity?.user;
  if (user) return `user:${user.id}`;
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  return secret ? `browser:${hmac(request, `rate\u0000${secret}`)}` : null;
}
