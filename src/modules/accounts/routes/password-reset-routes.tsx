import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { requestPasswordReset } from '../commands/request-password-reset.ts';
import { resetPassword } from '../commands/reset-password.ts';
import { findPasswordReset, type ResetLinkState } from '../queries/find-password-reset.ts';
import { passwordResetRequestSchema, passwordResetSchema, resetTokenSchema } from '../schemas.ts';
import { continueSignIn } from '../two-factor/sign-in-challenge.ts';
import { PasswordResetFormPage } from '../views/password-reset-form-page.tsx';
import { PasswordResetInvalidPage } from '../views/password-reset-invalid-page.tsx';
import { PasswordResetRequestPage } from '../views/password-reset-request-page.tsx';

// Few requests per address: each may send a mail, and guessing links is hopeless anyway.
const RESET_RATE_LIMIT = { rateLimit: { max: 5, timeWindow: '15 minutes' } };
const NEW_PASSWORD_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/** The origin for links in mail: PUBLIC_URL when set (it should be in production), else the request's own. */
function linkOrigin(context: AppContext, request: FastifyRequest): string {
  return context.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** The token of the path and what it is worth now (a malformed one is simply unknown). */
async function resetLinkOf(context: AppContext, request: FastifyRequest): Promise<{ token: string; state: ResetLinkState }> {
  const parsed = resetTokenSchema.safeParse((request.params as { token?: unknown }).token);
  if (!parsed.success) return { token: '', state: 'unknown' };
  return { token: parsed.data, state: await findPasswordReset(context.db, request.organisation.id, parsed.data, context.clock.now()) };
}

function renderInvalidLink(context: AppContext, request: FastifyRequest, reply: FastifyReply, state: Exclude<ResetLinkState, 'valid'>) {
  return renderPage(context, request, reply, <PasswordResetInvalidPage state={state} />, state === 'unknown' ? 404 : 410);
}

async function sendResetLink(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const email = typeof body.email === 'string' ? body.email : '';
  const checked = check(passwordResetRequestSchema, body);
  if (!checked.ok) return renderPage(context, request, reply, <PasswordResetRequestPage email={email} errors={checked.errors} />, 422);
  const organisation = request.organisation;
  const mail = await requestPasswordReset(
    context.db,
    context.translator,
    {
      organisationId: organisation.id,
      organisationName: organisation.name,
      email: checked.data.email,
      baseUrl: linkOrigin(context, request),
    },
    context.clock.now(),
  );
  // Sent in the background: waiting for the SMTP server would tell by timing that the account exists.
  if (mail) context.mailer.send(mail).catch((error: unknown) => request.log.error({ err: error }, 'password reset mail failed'));
  return renderPage(context, request, reply, <PasswordResetRequestPage email={email} sent />);
}

async function setNewPassword(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const { token, state } = await resetLinkOf(context, request);
  if (state !== 'valid') return renderInvalidLink(context, request, reply, state);
  const checked = check(passwordResetSchema, request.body ?? {});
  if (!checked.ok) return renderPage(context, request, reply, <PasswordResetFormPage token={token} errors={checked.errors} />, 422);
  const now = context.clock.now();
  const userId = await resetPassword(context.db, request.organisation.id, token, checked.data.password, now);
  // A reset link proves the mailbox, not the second factor: someone with two-factor still gives a code.
  const to = await continueSignIn(context, request, reply, userId, `/${request.locale}/account`, now);
  setFlash(reply, 'accounts.passwordReset.done');
  return reply.redirect(to, 303);
}

/** Password reset by an e-mailed one-time link. */
export function registerPasswordResetRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/password-reset', (request, reply) => renderPage(context, request, reply, <PasswordResetRequestPage />));
  page(app, 'POST', '/password-reset', (request, reply) => sendResetLink(context, request, reply), { config: RESET_RATE_LIMIT });
  page(app, 'GET', '/password-reset/:token', async (request, reply) => {
    const { token, state } = await resetLinkOf(context, request);
    if (state !== 'valid') return renderInvalidLink(context, request, reply, state);
    return renderPage(context, request, reply, <PasswordResetFormPage token={token} />);
  });
  page(app, 'POST', '/password-reset/:token', (request, reply) => setNewPassword(context, request, reply), {
    config: NEW_PASSWORD_RATE_LIMIT,
  });
}
