import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createApiToken } from '../commands/create-api-token.ts';
import { revokeApiToken } from '../commands/revoke-api-token.ts';
import { collectPersonalData } from '../personal-data.ts';
import { listApiTokens } from '../queries/list-api-tokens.ts';
import { ACCOUNT_LIMITS, apiTokenSchema } from '../schemas.ts';
import { authorizeOwner } from './account-owner.ts';
import { grantResponseSchema } from './api-schemas.ts';

const OWN = 'accounts.ownAccount.manage';
const TAG = 'accounts';

const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES),
  roles: z.array(grantResponseSchema),
});

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

const createdTokenSchema = z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.string() });

function me(request: FastifyRequest): z.input<typeof meSchema> | null {
  const user = request.identity.user;
  if (!user) return null;
  const roles = request.identity.actor.grants.map((grant) => ({ role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId }));
  return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, roles };
}

/** The signed-in person's own API: profile, session with CSRF token, data export and API tokens. */
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
    response: z.object({ items: z.array(tokenSchema) }),
    handler: async ({ request }) => ({ items: await listApiTokens(context.db, authorizeOwner(context.authorizer, request)) }),
  });
  api.add(app, {
    method: 'POST',
    url: '/me/tokens',
    summary: 'Creates a personal API token; the answer is the only time its value is shown',
    tag: TAG,
    errors: [409],
    permission: OWN,
    body: apiTokenSchema,
    response: createdTokenSchema,
    status: 201,
    handler: async ({ request, body }) =>
      createApiToken(context.db, authorizeOwner(context.authorizer, request), body.name, context.clock.now()),
  });
  api.add(app, {
    method: 'DELETE',
    url: '/me/tokens/:id',
    summary: 'Revokes one of the signed-in user’s API tokens',
    tag: TAG,
    permission: OWN,
    params: z.object({ id: z.string().max(ACCOUNT_LIMITS.idMax) }),
    status: 204,
    handler: async ({ request, params }) => {
      await revokeApiToken(context.db, authorizeOwner(context.authorizer, request), params.id, context.clock.now());
      return undefined;
    },
  });
}
