import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { createApiToken } from '../commands/create-api-token.ts';
import { revokeApiToken } from '../commands/revoke-api-token.ts';
import { apiTokenSchema } from '../schemas.ts';
import { TokenCreatedPage } from '../views/token-created-page.tsx';
import { authorizeOwner } from './account-owner.ts';
import { renderAccountPage } from './render-account-page.tsx';

async function createToken(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const body = (request.body ?? {}) as Record<string, unknown>;
  const name = typeof body.name === 'string' ? body.name : '';
  const checked = check(apiTokenSchema, body);
  if (!checked.ok) return renderAccountPage(context, request, reply, owner, { token: { name, errors: checked.errors } }, 422);
  try {
    const created = await createApiToken(context.db, owner, checked.data.name, context.clock.now());
    // Rendered here, not after a redirect: the plain token exists only in this response.
    return renderPage(context, request, reply, <TokenCreatedPage token={created} />, 201);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 409)) throw error;
    const errors = { name: { key: error.messageKey, values: error.values } };
    return renderAccountPage(context, request, reply, owner, { token: { name, errors } }, 409);
  }
}

/** Creating and revoking personal API tokens from the account page. */
export function registerApiTokenRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'POST', '/account/tokens', (request, reply) => createToken(context, request, reply));
  page(app, 'POST', '/account/tokens/:id/revoke', async (request, reply) => {
    const owner = authorizeOwner(context.authorizer, request);
    const { id } = request.params as { id: string };
    await revokeApiToken(context.db, owner, id, context.clock.now());
    setFlash(reply, 'accounts.tokens.revoked');
    return reply.redirect(`/${request.locale}/account`, 303);
  });
}
