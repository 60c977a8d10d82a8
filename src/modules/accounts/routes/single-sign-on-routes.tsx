import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { safeNextPath } from '../../../platform/http/redirects.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadProvider } from '../actions/identity-providers.tsx';
import { signInThroughProvider } from '../commands/sign-in-through-provider.ts';
import { startSession } from '../sessions.ts';
import { personOfClaims } from '../single-sign-on/claims.ts';
import { authorizationRequest, claimsOfCallback, configurationOf, ProviderUnreachable } from '../single-sign-on/openid.ts';
import { callbackUrl, clearProviderSignInCookie, startProviderSignIn, takeProviderSignIn } from '../single-sign-on/provider-sign-in.ts';
import { findProviderRow, listProviders, presentProvider } from '../single-sign-on/providers.ts';
import { listUnitsOfKind } from '../single-sign-on/unit-targets.ts';
import { continueSignIn } from '../two-factor/sign-in-challenge.ts';
import { NEW_PROVIDER, ProviderFormPage } from '../views/single-sign-on/provider-form-page.tsx';
import { ProvidersPage } from '../views/single-sign-on/providers-page.tsx';
import { ProviderSignInErrorPage, type ProviderSignInProblem } from '../views/single-sign-on/sign-in-error-page.tsx';

/** Starting and finishing a sign-in cost about what a password's does; a person's one sign-in takes one of each. */
const PROVIDER_RATE_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** The status each problem answers: the person's own doing or a bad request 400, refused 403, the provider down 502. */
const PROBLEM_STATUS: Record<ProviderSignInProblem, number> = {
  state: 400,
  cancelled: 400,
  refused: 400,
  unknownProvider: 404,
  email: 403,
  domain: 403,
  deactivated: 403,
  unreachable: 502,
};

function problemPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProviderSignInProblem,
  providerName?: string,
) {
  return renderPage(
    context,
    request,
    reply,
    <ProviderSignInErrorPage problem={problem} providerName={providerName} />,
    PROBLEM_STATUS[problem],
  );
}

/** Sends the browser to the provider: its configuration discovered, a state, a nonce and a PKCE verifier kept for the way back. */
async function startSignIn(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const { id } = request.params as { id: string };
  const row = await findProviderRow(context.db, request.organisation.id, id);
  if (row?.enabled !== 1) return problemPage(context, request, reply, 'unknownProvider');
  const name = presentProvider(row).name;
  const providerName = name[request.locale] || name.fi;
  const now = context.clock.now();
  const next = safeNextPath((request.query as Record<string, unknown>).next, `/${request.locale}/`);
  try {
    const configuration = await configurationOf(context.db, row, now);
    const authorization = await authorizationRequest(configuration, { redirectUri: callbackUrl(request), scopes: row.scopes });
    await startProviderSignIn(context, request, reply, { providerId: row.id, authorization, next }, now);
    return reply.redirect(authorization.url.href, 303);
  } catch (error) {
    if (error instanceof ProviderUnreachable) return problemPage(context, request, reply, 'unreachable', providerName);
    throw error;
  }
}

/**
 * The provider's answer: the state checked against the one kept (once), the code traded for the
 * claims, the person found or made and updated from them, then a session — or the second step,
 * unless the provider's own multi-factor sign-in counts (`trust_mfa` and `amr`).
 */
async function finishSignIn(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const now = context.clock.now();
  const pending = await takeProviderSignIn(context.db, request, now);
  clearProviderSignInCookie(context, reply);
  const query = request.query as Record<string, unknown>;
  if (pending && isLocale(pending.locale)) request.locale = pending.locale;
  if (!pending || typeof query.state !== 'string' || query.state !== pending.state) return problemPage(context, request, reply, 'state');
  const row = await findProviderRow(context.db, request.organisation.id, pending.providerId);
  if (row?.enabled !== 1) return problemPage(context, request, reply, 'unknownProvider');
  const provider = presentProvider(row);
  const providerName = provider.name[request.locale] || provider.name.fi;
  if (typeof query.error === 'string') return problemPage(context, request, reply, 'cancelled', providerName);
  let claims: Record<string, unknown>;
  try {
    const configuration = await configurationOf(context.db, row, now);
    const url = new URL(callbackUrl(request));
    url.search = new URLSearchParams(query as Record<string, string>).toString();
    claims = await claimsOfCallback(configuration, url, pending);
  } catch (error) {
    request.log.warn({ err: error }, 'sign-in through an identity provider failed');
    return problemPage(context, request, reply, error instanceof ProviderUnreachable ? 'unreachable' : 'refused', providerName);
  }
  const organisationId = request.organisation.id;
  const units = {
    units: await listUnitsOfKind(context.db, organisationId, 'unit'),
    workCommunities: await listUnitsOfKind(context.db, organisationId, 'work_community'),
  };
  const person = personOfClaims(provider, claims, units);
  if ('problem' in person) return problemPage(context, request, reply, person.problem, providerName);
  const outcome = await signInThroughProvider(context.db, { organisationId, person, locale: request.locale }, now);
  if (!outcome.ok) return problemPage(context, request, reply, 'deactivated', providerName);
  if (provider.trustMfa && person.multipleFactors) {
    await startSession(context.db, context.config, reply, { id: outcome.userId, organisationId }, now);
    return reply.redirect(pending.next, 303);
  }
  return reply.redirect(await continueSignIn(context, request, reply, outcome.userId, pending.next, now), 303);
}

/**
 * Staff single sign-on through OpenID Connect: the admin's pages of providers (their forms post
 * to actions) and the two legs of a sign-in. The legs are routes, not actions, for the reason the
 * password's sign-in is: they set the session cookie, which the API has no use for. The callback
 * has no language in its path, so one address per host is registered at every provider; it
 * answers in the language the sign-in started in.
 */
export function registerSingleSignOnRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/single-sign-on', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    const providers = await listProviders(context.db, request.organisation.id);
    return renderPage(context, request, reply, <ProvidersPage providers={providers} redirectUri={callbackUrl(request)} />);
  });
  page(app, 'GET', '/admin/single-sign-on/new', (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    return renderPage(
      context,
      request,
      reply,
      <ProviderFormPage providerId={null} values={NEW_PROVIDER} redirectUri={callbackUrl(request)} />,
    );
  });
  page(app, 'GET', '/admin/single-sign-on/:id', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    const params = request.params as { id: string };
    const call = { context, request, reply, params, actor: request.identity.actor, now: context.clock.now(), surface: 'page' as const };
    const provider = await loadProvider(call);
    const page = <ProviderFormPage providerId={provider.id} values={provider} redirectUri={callbackUrl(request)} />;
    return renderPage(context, request, reply, page);
  });
  page(app, 'GET', '/sign-in/provider/:id', (request, reply) => startSignIn(context, request, reply), { config: PROVIDER_RATE_LIMIT });
  app.get('/sign-in/provider/callback', { onRequest: [app.rateLimit(PROVIDER_RATE_LIMIT.rateLimit)] }, (request, reply) =>
    finishSignIn(context, request, reply),
  );
}
