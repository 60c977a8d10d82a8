import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { newToken } from '../../../platform/db/ids.ts';
import type { AppContext } from '../../../platform/module.ts';
import { hashToken } from '../sessions.ts';
import type { AuthorizationRequest } from './openid.ts';
import '../tables.ts';

/** The cookie of a sign-in sent to a provider and not yet back. */
export const PROVIDER_SIGN_IN_COOKIE = 'tarina_provider_sign_in';
/** How long a person may take at the provider. */
const SIGN_IN_MINUTES = 10;

/** A sign-in waiting for the provider's answer: what the answer must match, and where to go after. */
export interface PendingProviderSignIn {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  locale: string;
  next: string;
}

/** The callback's address, one per host for every provider and language (what an admin registers at the provider). */
export function callbackUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/sign-in/provider/callback`;
}

function cookieOptions(context: AppContext) {
  // Lax: the provider's redirect back is a top-level GET from another site, which carries a lax cookie.
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: context.config.publicUrl?.startsWith('https://') ?? false };
}

/** Keeps a sign-in sent to a provider (only the cookie's SHA-256 is the row's id) and sets its cookie. */
export async function startProviderSignIn(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: { providerId: string; authorization: AuthorizationRequest; next: string },
  now: Date,
): Promise<void> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SIGN_IN_MINUTES * 60_000);
  await context.db
    .insertInto('account_provider_sign_ins')
    .values({
      id: hashToken(token),
      organisation_id: request.organisation.id,
      provider_id: input.providerId,
      state: input.authorization.state,
      nonce: input.authorization.nonce,
      code_verifier: input.authorization.codeVerifier,
      locale: request.locale,
      next_path: input.next,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  // Expired ones of anyone in the organisation go as new ones come (no job needed for a table this small).
  await context.db
    .deleteFrom('account_provider_sign_ins')
    .where('organisation_id', '=', request.organisation.id)
    .where('expires_at', '<=', now.toISOString())
    .execute();
  reply.setCookie(PROVIDER_SIGN_IN_COOKIE, token, { ...cookieOptions(context), expires: expiresAt });
}

/**
 * Takes the request's sign-in sent to a provider, once: the row goes as it is read, so a callback
 * replayed finds nothing. Null when there is none in this organisation, or it expired.
 */
export async function takeProviderSignIn(db: Db, request: FastifyRequest, now: Date): Promise<PendingProviderSignIn | null> {
  const token = request.cookies[PROVIDER_SIGN_IN_COOKIE];
  if (!token) return null;
  const row = await db
    .selectFrom('account_provider_sign_ins')
    .selectAll()
    .where('id', '=', hashToken(token))
    .where('organisation_id', '=', request.organisation.id)
    .executeTakeFirst();
  if (!row) return null;
  const deleted = await db.deleteFrom('account_provider_sign_ins').where('id', '=', row.id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1 || row.expires_at <= now.toISOString()) return null;
  return {
    providerId: row.provider_id,
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    locale: row.locale,
    next: row.next_path,
  };
}

/** Clears the cookie of a sign-in sent to a provider. */
export function clearProviderSignInCookie(context: AppContext, reply: FastifyReply): void {
  reply.clearCookie(PROVIDER_SIGN_IN_COOKIE, cookieOptions(context));
}
