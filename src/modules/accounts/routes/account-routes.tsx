import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { setFlash } from '../../../platform/views/render.tsx';
import { authorizeOwner } from '../account-owner.ts';
import { renderAccountPage } from '../actions/account-page.tsx';
import { changePassword } from '../commands/change-password.ts';
import { endOtherSessions } from '../commands/end-other-sessions.ts';
import { updateProfile } from '../commands/update-profile.ts';
import { collectPersonalData } from '../personal-data.ts';
import { changePasswordSchema, profileSchema } from '../schemas.ts';

// Checking the current password is a guess a stolen session could repeat: keep it slow.
const PASSWORD_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

async function saveProfile(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const body = (request.body ?? {}) as Record<string, unknown>;
  const checked = check(profileSchema, body);
  if (!checked.ok) {
    const profile = { values: { displayName: text(body.displayName), locale: text(body.locale) }, errors: checked.errors };
    return renderAccountPage(context, request, reply, owner, { profile }, 422);
  }
  await updateProfile(context.db, owner, checked.data, context.clock.now());
  setFlash(reply, 'accounts.profile.saved');
  // The chosen language is also the language of the pages from now on.
  return reply.redirect(`/${checked.data.locale}/account`, 303);
}

async function savePassword(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const checked = check(changePasswordSchema, request.body ?? {});
  if (!checked.ok) return renderAccountPage(context, request, reply, owner, { passwordErrors: checked.errors }, 422);
  try {
    await changePassword(context.db, owner, checked.data, context.clock.now());
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 422)) throw error;
    return renderAccountPage(context, request, reply, owner, { passwordErrors: error.fieldErrors }, 422);
  }
  setFlash(reply, 'accounts.password.changed');
  return reply.redirect(`/${request.locale}/account`, 303);
}

async function downloadPersonalData(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const data = await collectPersonalData(context, request.organisation, owner);
  const day = context.clock.now().toISOString().slice(0, 10);
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="tarina-personal-data-${day}.json"`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(data, null, 2));
}

/** The account page and its forms: profile, password, sessions, and the data download. */
export function registerAccountRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/account', (request, reply) => renderAccountPage(context, request, reply, authorizeOwner(context.authorizer, request)));
  page(app, 'POST', '/account/profile', (request, reply) => saveProfile(context, request, reply));
  page(app, 'POST', '/account/password', (request, reply) => savePassword(context, request, reply), { config: PASSWORD_RATE_LIMIT });
  page(app, 'POST', '/account/sessions/end-others', async (request, reply) => {
    const owner = authorizeOwner(context.authorizer, request);
    await endOtherSessions(context.db, owner, context.clock.now());
    setFlash(reply, 'accounts.sessions.endedOthers');
    return reply.redirect(`/${request.locale}/account`, 303);
  });
  page(app, 'GET', '/account/export', (request, reply) => downloadPersonalData(context, request, reply));
}
