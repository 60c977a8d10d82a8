import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { authorizeOwner } from '../account-owner.ts';
import { collectPersonalData } from '../personal-data.ts';
import { grantResponseSchema, tokenResponseSchema } from '../presenters.ts';
import { listApiTokens } from '../queries/list-api-tokens.ts';

const OWN = 'accounts.ownAccount.manage';
const TAG = 'accounts';

const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES),
  roles: z.array(grantResponseSchema),
});

function me(request: FastifyRequest): z.input<typeof meSchema> | null {
  const user = request.identity.user;
  if (!user) return null;
  const roles = request.identity.actor.grants.map((grant) => ({ role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId }));
  return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, roles };
}

/** The signed-in person's own API: profile, session with CSRF token, data export and the list of API tokens (`accounts.token.*` make and revoke them). */
export function registerMeApiRoutes(app: FastifyInstance, context: AppContext): void {
  registerProfileApiRoutes(app, context);
  registerTokenApiRoutes(app, context);
}

function registerProfileApiRoutes(app: FastifyInstance, context: AppContext): void {
  const api = context.api;
  api.add(app, {
    method: 'GET',
    url: '/me',
    summary: 'The signed-in user with their roles',
    tag: TAG,
    permission: OWN,
    response: meSchema,
    handler: async ({ request }) => me(request) ?? undefined,
  });
  api.add(app, {
    method: 'GET',
    url: '/session',
    summary: 'Who is signed in (or null), and a CSRF token for writes with the session cookie (X-CSRF-Token)',
    tag: TAG,
    response: z.object({ user: meSchema.nullable(), csrfToken: z.string() }),
    handler: async ({ request, reply }) => ({ user: me(request), csrfToken: reply.generateCsrf() }),
  });
  api.add(app, {
    method: 'GET',
    url: '/me/export',
    summary: 'Everything stored about the signed-in user (personal data export)',
    tag: TAG,
    permission: OWN,
    response: z.record(z.string(), z.unknown()),
    handler: async ({ request }) => collectPersonalData(context, request.organisation, authorizeOwner(context.authorizer, request)),
  });
}

function registerTokenApiRoutes(app: FastifyInstance, context: AppContext): void {
  const api = context.api;
  api.add(app, {
    method: 'GET',
    url: '/me/tokens',
    summary: 'The signed-in user’s personal API tokens (never their values)',
    tag: TAG,
    permission: OWN,
    response: z.object({ items: z.array(tokenResponseSchema) }),
    handler: async ({ request }) => ({ items: await listApiTokens(context.db, authorizeOwner(context.authorizer, request)) }),
  });
}
