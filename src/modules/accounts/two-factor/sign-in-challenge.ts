import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../platform/db/database.ts';
import { newToken } from '../../../platform/db/ids.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listGrants } from '../queries/resolve-identity.ts';
import { hashToken, startSession } from '../sessions.ts';
import { coveredByRequirement, findTwoFactorState, requiresTwoFactor } from './policy.ts';
import '../tables.ts';

/** The cookie of a sign-in half done (password right, second step to go). */
export const SIGN_IN_CHALLENGE_COOKIE = 'tarina_sign_in';
/** How long the second step may take. */
const CHALLENGE_MINUTES = 10;

/** A sign-in waiting for its second step. */
export interface SignInChallenge {
  id: string;
  organisationId: string;
  userId: string;
  purpose: 'verify' | 'setup';
  next: string;
}

function cookieOptions(context: AppContext) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: context.config.publicUrl?.startsWith('https://') ?? false };
}

/**
 * After a right password (sign-in, a reset link, an invitation): a session at once for someone
 * without two-factor; for someone with it, a challenge for a code; for someone the organisation
 * requires it of who has not set it up, a challenge to set it up. Answers where to go next
 * (a path with the language prefix).
 */
export async function continueSignIn(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  next: string,
  now: Date,
): Promise<string> {
  const organisationId = request.organisation.id;
  const state = await findTwoFactorState(context.db, organisationId, userId);
  let purpose: SignInChallenge['purpose'] | null = null;
  if (state.status === 'on') purpose = 'verify';
  else if (
    coveredByRequirement(await listGrants(context.db, organisationId, userId)) &&
    (await requiresTwoFactor(context.db, organisationId))
  ) {
    purpose = 'setup';
  }
  if (!purpose) {
    await startSession(context.db, context.config, reply, { id: userId, organisationId }, now);
    return next;
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
  await context.db
    .insertInto('account_sign_in_challenges')
    .values({
      id: hashToken(token),
      organisation_id: organisationId,
      user_id: userId,
      purpose,
      next_path: next,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  reply.setCookie(SIGN_IN_CHALLENGE_COOKIE, token, { ...cookieOptions(context), expires: expiresAt });
  return `/${request.locale}/sign-in/${purpose === 'verify' ? 'code' : 'set-up-two-factor'}`;
}

/** The request's half-done sign-in in this organisation, or null (none, expired, another organisation's, a deactivated person's). */
export async function findSignInChallenge(db: Db, request: FastifyRequest, now: Date): Promise<SignInChallenge | null> {
  const token = request.cookies[SIGN_IN_CHALLENGE_COOKIE];
  if (!token) return null;
  const row = await db
    .selectFrom('account_sign_in_challenges')
    .innerJoin('users', 'users.id', 'account_sign_in_challenges.user_id')
    .select([
      'account_sign_in_challenges.id',
      'account_sign_in_challenges.user_id',
      'account_sign_in_challenges.purpose',
      'account_sign_in_challenges.next_path',
    ])
    .where('account_sign_in_challenges.id', '=', hashToken(token))
    .where('account_sign_in_challenges.organisation_id', '=', request.organisation.id)
    .where('account_sign_in_challenges.expires_at', '>', now.toISOString())
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, organisationId: request.organisation.id, userId: row.user_id, purpose: row.purpose, next: row.next_path };
}

/** Finishes a half-done sign-in: the challenge (and the person's expired ones) go, the cookie is cleared and a session starts. */
export async function completeSignIn(context: AppContext, reply: FastifyReply, challenge: SignInChallenge, now: Date): Promise<void> {
  await context.db
    .deleteFrom('account_sign_in_challenges')
    .where('organisation_id', '=', challenge.organisationId)
    .where((builder) =>
      builder.or([
        builder('id', '=', challenge.id),
        builder.and([builder('user_id', '=', challenge.userId), builder('expires_at', '<=', now.toISOString())]),
      ]),
    )
    .execute();
  reply.clearCookie(SIGN_IN_CHALLENGE_COOKIE, cookieOptions(context));
  await startSession(context.db, context.config, reply, { id: challenge.userId, organisationId: challenge.organisationId }, now);
}
