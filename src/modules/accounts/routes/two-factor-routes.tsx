import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { authorizeOwner } from '../account-owner.ts';
import { loadSecuritySettings } from '../actions/admin-two-factor.tsx';
import { renderSecurityPage, setupOf } from '../actions/security-page.tsx';
import { confirmTwoFactor } from '../commands/set-up-two-factor.ts';
import { verifySecondFactor } from '../commands/verify-second-factor.ts';
import { findUser } from '../queries/find-user.ts';
import { twoFactorCodeSchema } from '../two-factor/schemas.ts';
import { completeSignIn, findSignInChallenge, type SignInChallenge } from '../two-factor/sign-in-challenge.ts';
import { SecuritySettingsPage } from '../views/security-settings-page.tsx';
import { RequiredSetUpPage, SignInCodePage } from '../views/two-factor/code-page.tsx';
import { RecoveryCodesPage } from '../views/two-factor/recovery-codes-page.tsx';
import { SetUpTwoFactorForm } from '../views/two-factor/set-up-form.tsx';

/** Each guess at a code costs the same as a password's; the person's own count stops a slow guesser too (`MAX_WRONG_CODES`). */
const CODE_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/** A sign-in without its half-done step (expired, finished, never begun) starts again from the password. */
function startAgain(request: FastifyRequest, reply: FastifyReply) {
  setFlash(reply, 'accounts.twoFactor.signInExpired');
  return reply.redirect(`/${request.locale}/sign-in`, 303);
}

async function challengeOf(context: AppContext, request: FastifyRequest, purpose: SignInChallenge['purpose']) {
  const challenge = await findSignInChallenge(context.db, request, context.clock.now());
  return challenge?.purpose === purpose ? challenge : null;
}

/** A refusal of a typed code as the form shows it: at the field `code`, with the refusal's status. */
function codeRefusal(error: unknown): { errors: FieldErrors; status: number } {
  if (!(error instanceof Refusal)) throw error;
  if (error.kind === 'invalid') return { errors: error.fieldErrors, status: 422 };
  if (error.kind === 'too-many') return { errors: { code: { key: error.messageKey, values: error.values } }, status: 429 };
  throw error;
}

async function verifyCode(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const challenge = await challengeOf(context, request, 'verify');
  if (!challenge) return startAgain(request, reply);
  const checked = check(twoFactorCodeSchema, request.body ?? {});
  if (!checked.ok) return renderPage(context, request, reply, <SignInCodePage errors={checked.errors} />, 422);
  const now = context.clock.now();
  try {
    const passed = await verifySecondFactor(context.db, challenge, checked.data.code, now);
    await completeSignIn(context, reply, challenge, now);
    if (passed.method === 'recovery') setFlash(reply, 'accounts.twoFactor.signedInWithRecoveryCode');
    return reply.redirect(passed.method === 'recovery' ? `/${request.locale}/account/security` : challenge.next, 303);
  } catch (error) {
    const refused = codeRefusal(error);
    return renderPage(context, request, reply, <SignInCodePage errors={refused.errors} />, refused.status);
  }
}

async function renderRequiredSetUp(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  challenge: SignInChallenge,
  errors?: FieldErrors,
) {
  const user = await findUser(context.db, challenge.organisationId, challenge.userId);
  const setup = await setupOf(context, request, challenge, user?.email ?? '');
  const form = <SetUpTwoFactorForm {...setup} action={`/${request.locale}/sign-in/set-up-two-factor`} errors={errors} />;
  return renderPage(context, request, reply, <RequiredSetUpPage>{form}</RequiredSetUpPage>, errors ? 422 : 200);
}

async function confirmRequiredSetUp(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const challenge = await challengeOf(context, request, 'setup');
  if (!challenge) return startAgain(request, reply);
  const checked = check(twoFactorCodeSchema, request.body ?? {});
  if (!checked.ok) return renderRequiredSetUp(context, request, reply, challenge, checked.errors);
  const now = context.clock.now();
  let codes: string[];
  try {
    codes = await confirmTwoFactor(context.db, challenge, checked.data.code, now);
  } catch (error) {
    return renderRequiredSetUp(context, request, reply, challenge, codeRefusal(error).errors);
  }
  await completeSignIn(context, reply, challenge, now);
  // Rendered here, not after a redirect: the plain codes exist only in this response.
  return renderPage(context, request, reply, <RecoveryCodesPage codes={codes} next={challenge.next} />);
}

/**
 * The second step of signing in (a code, or setting two-factor up where the organisation
 * requires it) and the security pages. The sign-in posts are routes, not actions, for the
 * reason the password's is: they set the session cookie, which the API has no use for.
 */
export function registerTwoFactorRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/sign-in/code', async (request, reply) => {
    if (!(await challengeOf(context, request, 'verify'))) return startAgain(request, reply);
    return renderPage(context, request, reply, <SignInCodePage />);
  });
  page(app, 'POST', '/sign-in/code', (request, reply) => verifyCode(context, request, reply), { config: CODE_RATE_LIMIT });
  page(app, 'GET', '/sign-in/set-up-two-factor', async (request, reply) => {
    const challenge = await challengeOf(context, request, 'setup');
    if (!challenge) return startAgain(request, reply);
    return renderRequiredSetUp(context, request, reply, challenge);
  });
  page(app, 'POST', '/sign-in/set-up-two-factor', (request, reply) => confirmRequiredSetUp(context, request, reply), {
    config: CODE_RATE_LIMIT,
  });

  page(app, 'GET', '/account/security', (request, reply) =>
    renderSecurityPage(context, request, reply, authorizeOwner(context.authorizer, request)),
  );
  page(app, 'GET', '/admin/security', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    const settings = await loadSecuritySettings(context, request.organisation.id);
    return renderPage(context, request, reply, <SecuritySettingsPage requireTwoFactor={settings.requireTwoFactor} />);
  });
}
