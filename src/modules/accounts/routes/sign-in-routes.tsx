import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { safeNextPath } from '../../../platform/http/redirects.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { checkSignIn } from '../commands/authenticate.ts';
import { createUser } from '../commands/create-user.ts';
import { signInSchema, signUpSchema } from '../schemas.ts';
import { endSession, startSession } from '../sessions.ts';
import { listSignInProviders } from '../single-sign-on/providers.ts';
import { continueSignIn } from '../two-factor/sign-in-challenge.ts';
import { SignInPage } from '../views/sign-in-page.tsx';
import { SignUpPage } from '../views/sign-up-page.tsx';

const AUTH_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };

async function allowsSignUp(context: AppContext, organisationId: string): Promise<boolean> {
  const row = await context.db.selectFrom('organisations').select('allow_sign_up').where('id', '=', organisationId).executeTakeFirst();
  return row?.allow_sign_up === 1;
}

/** What the sign-in page offers besides the password: sign-up, and the organisation's identity providers. */
async function signInChoices(context: AppContext, organisationId: string) {
  return { allowSignUp: await allowsSignUp(context, organisationId), providers: await listSignInProviders(context.db, organisationId) };
}

/**
 * Where to go after signing up (a seat invitation's page, say): a path on this site from the
 * query's `next`, or undefined (the account page) for none or an unsafe one.
 */
function nextOf(query: unknown): string | undefined {
  const next = safeNextPath((query as Record<string, unknown> | undefined)?.next, '');
  return next === '' ? undefined : next;
}

/** Sign-in, sign-up and sign-out pages. */
export function registerSignInRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/sign-in', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const next = safeNextPath(query.next, `/${request.locale}/`);
    const choices = await signInChoices(context, request.organisation.id);
    return renderPage(context, request, reply, <SignInPage next={next} {...choices} />);
  });

  page(
    app,
    'POST',
    '/sign-in',
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const next = safeNextPath(query.next, `/${request.locale}/`);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const choices = await signInChoices(context, request.organisation.id);
      const checked = check(signInSchema, body);
      const email = typeof body.email === 'string' ? body.email : '';
      if (!checked.ok) {
        return renderPage(context, request, reply, <SignInPage next={next} email={email} errors={checked.errors} {...choices} />, 422);
      }
      const now = context.clock.now();
      const outcome = await checkSignIn(context.db, request.organisation.id, checked.data.email, checked.data.password, now);
      if (!outcome.ok) {
        const page = <SignInPage next={next} email={email} failed={outcome.reason} {...choices} />;
        return renderPage(context, request, reply, page, 422);
      }
      // With two-factor (or where the organisation requires it) no session yet: the second step starts one.
      return reply.redirect(await continueSignIn(context, request, reply, outcome.userId, next, now), 303);
    },
    { config: AUTH_RATE_LIMIT },
  );

  page(app, 'GET', '/sign-up', async (request, reply) => {
    if (!(await allowsSignUp(context, request.organisation.id))) throw notFound();
    return renderPage(context, request, reply, <SignUpPage next={nextOf(request.query)} />);
  });

  page(
    app,
    'POST',
    '/sign-up',
    async (request, reply) => {
      if (!(await allowsSignUp(context, request.organisation.id))) throw notFound();
      const next = nextOf(request.query);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = { email: String(body.email ?? ''), displayName: String(body.displayName ?? '') };
      const checked = check(signUpSchema, { ...body, locale: request.locale });
      if (!checked.ok) return renderPage(context, request, reply, <SignUpPage next={next} values={values} errors={checked.errors} />, 422);
      const now = context.clock.now();
      const taken = await context.db
        .selectFrom('users')
        .select('id')
        .where('organisation_id', '=', request.organisation.id)
        .where('email', '=', checked.data.email)
        .executeTakeFirst();
      if (taken) {
        const errors = { email: { key: 'accounts.signUp.emailTaken' } };
        return renderPage(context, request, reply, <SignUpPage next={next} values={values} errors={errors} />, 422);
      }
      const userId = await createUser(context.db, request.organisation.id, checked.data, now);
      await startSession(context.db, context.config, reply, { id: userId, organisationId: request.organisation.id }, now);
      setFlash(reply, 'accounts.signUp.welcome');
      return reply.redirect(next ?? `/${request.locale}/account`, 303);
    },
    { config: AUTH_RATE_LIMIT },
  );

  page(app, 'POST', '/sign-out', async (request, reply) => {
    await endSession(context.db, context.config, request, reply);
    setFlash(reply, 'accounts.signOut.done');
    return reply.redirect(`/${request.locale}/`, 303);
  });
}
