import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { cancelRegistration } from '../commands/cancel-registration.ts';
import { moveRegistration } from '../commands/move-registration.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { recordRegistrationsRead } from '../commands/record-registrations-read.ts';
import { registerForEvent } from '../commands/register-for-event.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { EVENT_LIMITS, organiserMoveSchema, organiserRemoveSchema, signedInRegistrationSchema } from '../schemas.ts';
import { registrationItemSchema, registrationResultSchema } from './api-shapes.ts';
import { loadManagedEvent, loadVisibleEvent } from './event-access.ts';
import { mailLog } from './mail-log.ts';
import { mailOutcome } from './mail-outcome.ts';
import { organiserOf, resolveAttributeValues } from './organiser.ts';
import { registrantOf } from './registrant.ts';

/** A rate limit per address on registering: generous for an office behind one address, a brake for scripts. */
export const REGISTRATION_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

const TAG = 'events';
const eventParams = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });
const registrationParams = eventParams.extend({ registrationId: z.string().min(1).max(EVENT_LIMITS.idMax) });

function registerRegistrationCreate(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/events/:id/registrations',
    summary: 'Registers the caller: a seat in registration order, or a place on the matching waitlist',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: eventParams,
    // The signed-in shape (name and e-mail may come from the account); a visitor's body is checked for them too.
    body: signedInRegistrationSchema,
    response: registrationResultSchema,
    status: 201,
    rateLimit: REGISTRATION_RATE_LIMIT,
    handler: async ({ params, body, request }) => {
      const { event } = await loadVisibleEvent(context, request.identity.actor, params.id);
      const registrant = await registrantOf(context, request, event, body, null);
      const outcome = await registerForEvent(context.db, request.organisation.id, event.id, registrant, context.clock.now());
      await mailOutcome(context, request, event, registrant, outcome);
      const manageUrl = `${registrant.siteOrigin}/${request.locale}/registrations/${outcome.token}`;
      return { id: outcome.registrationId, status: outcome.status, pool: outcome.pool, manageUrl };
    },
  });
}

function registerRegistrationList(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/events/:id/registrations',
    summary: 'The registrations of an event in registration order (organisers; the read is audited)',
    tag: TAG,
    params: eventParams,
    query: pageQuerySchema,
    response: pageOf(registrationItemSchema),
    handler: async ({ params, request }) => {
      const { event } = await loadManagedEvent(context, request, params.id, 'events.checkin.manage');
      const items = await listRegistrations(context.db, event.organisationId, event.id);
      await recordRegistrationsRead(context.db, request.identity.actor, event.id, request.ip, context.clock.now());
      return { items, nextCursor: null };
    },
  });
}

function registerOrganiserChanges(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'DELETE',
    url: '/events/:id/registrations/:registrationId',
    summary: 'The organiser removes a registration, giving the reason; the seat goes to the matching waitlist',
    tag: TAG,
    errors: [409],
    access: 'signed-in',
    params: registrationParams,
    body: organiserRemoveSchema,
    status: 204,
    handler: async ({ params, body, request }) => {
      const { event } = await loadManagedEvent(context, request, params.id);
      const target = { id: params.registrationId, eventId: event.id };
      const outcome = await cancelRegistration(
        context.db,
        event.organisationId,
        target,
        context.clock.now(),
        organiserOf(request, body.reason),
      );
      await notifyRegistrations(context, event.organisationId, [outcome.registrationId], 'cancelled', mailLog(request));
      await notifyRegistrations(context, event.organisationId, outcome.promoted, 'promoted', mailLog(request));
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/events/:id/registrations/:registrationId/move',
    summary: 'The organiser moves a registration to another unit or sector, giving the reason',
    tag: TAG,
    errors: [409],
    access: 'signed-in',
    params: registrationParams,
    body: organiserMoveSchema,
    status: 204,
    handler: async ({ params, body, request }) => {
      const { event } = await loadManagedEvent(context, request, params.id);
      const attributeValues = await resolveAttributeValues(context, event, body.attributeValue);
      const target = { eventId: event.id, registrationId: params.registrationId, attributeValues };
      const outcome = await moveRegistration(
        context.db,
        event.organisationId,
        target,
        context.clock.now(),
        organiserOf(request, body.reason),
      );
      await notifyRegistrations(context, event.organisationId, outcome.promoted, 'promoted', mailLog(request));
      return undefined;
    },
  });
}

/** Registering through the API, and the organiser's list, removals and moves. */
export function registerRegistrationApi(app: FastifyInstance, context: AppContext): void {
  registerRegistrationCreate(app, context);
  registerRegistrationList(app, context);
  registerOrganiserChanges(app, context);
}
