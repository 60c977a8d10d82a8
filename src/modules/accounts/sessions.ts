import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { newToken } from '../../platform/db/ids.ts';
import './tables.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'tarina_session';

/** SHA-256 of a token: only hashes of session, reset and API tokens are stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function cookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl?.startsWith('https://') ?? false,
  };
}

/** Starts a session for a user and sets its cookie; the absolute end comes from config. */
export async function startSession(
  db: Db,
  config: Config,
  reply: FastifyReply,
  user: { id: string; organisationId: string },
  now: Date,
): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      organisation_id: user.organisationId,
      user_id: user.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), expires: expiresAt });
  return token;
}

/** Ends the request's session (if any) and clears its cookie. */
export async function endSession(db: Db, config: Config, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/** Clears the session cookie without touching the database (for expired sessions). */
export function clearSessionCookie(config: Config, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
