import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import type { Actor, RoleGrant } from '../../../platform/authz/authz.ts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/database.ts';
import { HttpError } from '../../../platform/http/errors.ts';
import type { CurrentUser, Identity, OrganisationInfo } from '../../../platform/http/request-context.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import { clearSessionCookie, hashToken, SESSION_COOKIE } from '../sessions.ts';
import type { UsersTable } from '../tables.ts';

const TOUCH_AFTER_MILLISECONDS = 60_000;

/** The identity of a visitor who is not signed in. */
export function anonymousIdentity(organisationId: string): Identity {
  return { user: null, actor: { organisationId, userId: null, grants: [] }, viaToken: false, sessionId: null };
}

/** The grants a user holds in their organisation. */
export async function listGrants(db: Db, organisationId: string, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('role_grants')
    .select(['role', 'scope_type', 'scope_id'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => ({ role: row.role, scopeType: row.scope_type, scopeId: row.scope_id || null }));
}

function toCurrentUser(row: Selectable<UsersTable>): CurrentUser {
  return { id: row.id, email: row.email, displayName: row.display_name, locale: isLocale(row.locale) ? row.locale : 'fi' };
}

async function identityOf(db: Db, organisationId: string, user: Selectable<UsersTable>, viaToken: boolean, sessionId: string | null) {
  const actor: Actor = { organisationId, userId: user.id, grants: await listGrants(db, organisationId, user.id) };
  return { user: toCurrentUser(user), actor, viaToken, sessionId } satisfies Identity;
}

/**
 * Who is making the request: a bearer API token, else the session cookie
 * (within its idle and absolute timeouts), else anonymous. Always within the
 * request's organisation: a session of another organisation counts for nothing,
 * and neither does a deactivated person's token or session.
 */
export async function resolveIdentity(
  db: Db,
  config: Config,
  now: Date,
  request: FastifyRequest,
  reply: FastifyReply,
  organisation: OrganisationInfo,
): Promise<Identity> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const row = await db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select(['api_tokens.id as token_id', 'api_tokens.expires_at as token_expires_at', 'api_tokens.last_used_at'])
      .where('api_tokens.token_hash', '=', hashToken(authorization.slice('Bearer '.length).trim()))
      .where('api_tokens.organisation_id', '=', organisation.id)
      .where('users.deactivated_at', 'is', null)
      .executeTakeFirst();
    if (!row || (row.token_expires_at && row.token_expires_at <= now.toISOString())) {
      throw new HttpError(401, 'invalid-token', 'accounts.api.invalidToken');
    }
    if (!row.last_used_at || Date.parse(row.last_used_at) < now.getTime() - TOUCH_AFTER_MILLISECONDS) {
      await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.token_id).execute();
    }
    return identityOf(db, organisation.id, row, true, null);
  }

  const token = request.cookies[SESSION_COOKIE];
  if (!token) return anonymousIdentity(organisation.id);
  const sessionId = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.organisation_id', '=', organisation.id)
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  const idleLimit = now.getTime() - config.sessionIdleMinutes * 60_000;
  if (!row || row.expires_at <= now.toISOString() || Date.parse(row.last_seen_at) < idleLimit) {
    if (row) await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    clearSessionCookie(config, reply);
    return anonymousIdentity(organisation.id);
  }
  if (Date.parse(row.last_seen_at) < now.getTime() - TOUCH_AFTER_MILLISECONDS) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', sessionId).execute();
  }
  return identityOf(db, organisation.id, row, false, sessionId);
}
