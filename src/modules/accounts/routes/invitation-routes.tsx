import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { acceptInvitation } from '../commands/accept-invitation.ts';
import { findInvitation, type InvitationState } from '../queries/find-invitation.ts';
import { passwordResetSchema, resetTokenSchema } from '../schemas.ts';
import { continueSignIn } from '../two-factor/sign-in-challenge.ts';
import { InvitationFormPage, InvitationInvalidPage } from '../views/invitation-pages.tsx';

// Guessing a link is hopeless, but each try hashes a password: keep the tries few.
const ACCEPT_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/** The token of the path and its invitation now (a malformed token is simply unknown). */
async function invitationOf(context: AppContext, request: FastifyRequest) {
  const parsed = resetTokenSchema.safeParse((request.params as { token?: unknown }).token);
  if (!parsed.success) return { token: '', state: 'unknown' as const, email: '' };
  const found = await findInvitation(context.db, request.organisation.id, parsed.data, context.clock.now());
  return { token: parsed.data, ...found };
}

function renderInvalid(context: AppContext, request: FastifyRequest, reply: FastifyReply, state: Exclude<InvitationState, 'valid'>) {
  return renderPage(context, request, reply, <InvitationInvalidPage state={state} />, state === 'unknown' ? 404 : 410);
}

async function accept(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const { token, state, email } = await invitationOf(context, request);
  if (state !== 'valid') return renderInvalid(context, request, reply, state);
  const checked = check(passwordResetSchema, request.body ?? {});
  if (!checked.ok) {
    return renderPage(context, request, reply, <InvitationFormPage token={token} email={email} errors={checked.errors} />, 422);
  }
  const now = context.clock.now();
  let userId: string;
  try {
    userId = await acceptInvitation(context.db, request.organisation.id, token, checked.data.password, now);
  } catch (error) {
    // Used by a simultaneous request between the look-up and the claim: the same page as a used link.
    if ((error as { kind?: string }).kind === 'gone') return renderInvalid(context, request, reply, 'used');
    throw error;
  }
  // A person with two-factor, or one the organisation requires it of, takes the second step first.
  const to = await continueSignIn(context, request, reply, userId, `/${request.locale}/account`, now);
  setFlash(reply, 'accounts.invitation.done');
  return reply.redirect(to, 303);
}

/**
 * The page a sign-in invitation's link opens: set a password, and be signed in.
 * Its POST is a route, not an action, for the reason the sign-in's is: it sets
 * the session cookie, which the API surface has no use for.
 */
export function registerInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/invitation/:token', async (request, reply) => {
    const { token, state, email } = await invitationOf(context, request);
    if (state !== 'valid') return renderInvalid(context, request, reply, state);
    return renderPage(context, request, reply, <InvitationFormPage token={token} email={email} />);
  });
  page(app, 'POST', '/invitation/:token', (request, reply) => accept(context, request, reply), { config: ACCEPT_RATE_LIMIT });
}
