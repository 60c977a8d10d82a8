import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadRegistrationByToken } from '../loaders.ts';
import { findEvent } from '../queries/find-event.ts';
import { waitlistPosition } from '../queries/waitlist-position.ts';
import { tokenParamsSchema } from '../schemas.ts';
import { RegistrationPage } from '../views/registration-page.tsx';

/**
 * The personal registration page behind the link in the mails: whoever
 * holds the link sees the registration and may cancel it, without an account.
 */
export function registerRegistrationPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/registrations/:token', async (request, reply) => {
    const { token } = parse(tokenParamsSchema, request.params);
    const row = await loadRegistrationByToken(context, request.organisation.id, token);
    const event = await findEvent(context.db, request.organisation.id, row.event_id);
    if (!event) throw notFound();
    const position = row.status === 'waitlisted' ? await waitlistPosition(context.db, row) : null;
    const registration = { name: row.name, email: row.email, status: row.status, waitlistPosition: position };
    return renderPage(
      context,
      request,
      reply,
      <RegistrationPage event={event} registration={registration} cancelAction={`/${request.locale}/registrations/${token}/cancel`} />,
    );
  });
}
