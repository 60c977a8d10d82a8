import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FieldErrors, HttpError, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { cancelRegistration } from '../commands/cancel-registration.ts';
import { moveRegistration } from '../commands/move-registration.ts';
import { notifyRegistrations } from '../commands/notify-registrants.ts';
import { recordRegistrationsRead } from '../commands/record-registrations-read.ts';
import { ALREADY_REGISTERED, registerForEvent } from '../commands/register-for-event.ts';
import type { Event } from '../queries/find-event.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { EVENT_LIMITS, organiserAddSchema, organiserMoveSchema, organiserRemoveSchema } from '../schemas.ts';
import { type AddFormValues, AdminMovePage, AdminRegistrationsPage, AdminRemovePage } from '../views/admin-registrations-page.tsx';
import { attributeChoicesOf } from './attribute-choices.ts';
import { type EventWithProcess, loadManagedEvent } from './event-access.ts';
import { mailLog } from './mail-log.ts';
import { mailOutcome } from './mail-outcome.ts';
import { organiserOf, resolveAttributeValues } from './organiser.ts';
import { siteOrigin } from './registrant.ts';

const registrationParams = z.object({
  id: z.string().min(1).max(EVENT_LIMITS.idMax),
  registrationId: z.string().min(1).max(EVENT_LIMITS.idMax),
});
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');
const BLANK: AddFormValues = { name: '', email: '', attributeValue: '', locale: 'fi', reason: '' };

/** Runs an organiser's change; field errors (422) come back to show at the form. */
async function fieldErrorsOf(run: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof HttpError && error.status === 422 && Object.keys(error.fieldErrors).length > 0) return error.fieldErrors;
    if (error instanceof HttpError && error.code === ALREADY_REGISTERED) return { email: { key: 'events.organiser.duplicate' } };
    throw error;
  }
}

async function showList(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  values = BLANK,
  errors?: FieldErrors,
) {
  const [seats, items, choices] = await Promise.all([
    seatSummary(context.db, event, context.clock.now()),
    listRegistrations(context.db, event.organisationId, event.id),
    attributeChoicesOf(context, request, event),
  ]);
  await recordRegistrationsRead(context.db, request.identity.actor, event.id, request.ip, context.clock.now());
  const content = <AdminRegistrationsPage event={event} seats={seats} items={items} choices={choices} values={values} errors={errors} />;
  return renderPage(context, request, reply, content, errors ? 422 : 200);
}

async function findItem(context: AppContext, event: Event, registrationId: string) {
  const item = (await listRegistrations(context.db, event.organisationId, event.id)).find((entry) => entry.id === registrationId);
  if (!item || item.status === 'cancelled') throw notFound();
  return item;
}

async function addRegistration(context: AppContext, request: FastifyRequest, found: EventWithProcess, fields: Record<string, unknown>) {
  const checked = check(organiserAddSchema, fields);
  if (!checked.ok) return checked.errors;
  return fieldErrorsOf(async () => {
    const input = checked.data;
    const attributeValues = await resolveAttributeValues(context, found.event, input.attributeValue);
    const registrant = {
      name: input.name,
      email: input.email,
      userId: null,
      attributeValues,
      locale: input.locale,
      siteOrigin: siteOrigin(context, request),
      answers: {},
      invitationId: null,
    };
    const outcome = await registerForEvent(
      context.db,
      request.organisation.id,
      found.event.id,
      registrant,
      context.clock.now(),
      organiserOf(request, input.reason),
    );
    await mailOutcome(context, request, found.event, registrant, outcome);
  });
}

function registerListAndAdd(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations', async (request, reply) => {
    const { id } = parse(z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }), request.params);
    return showList(context, request, reply, (await loadManagedEvent(context, request, id)).event);
  });

  page(app, 'POST', '/admin/events/:id/registrations', async (request, reply) => {
    const { id } = parse(z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }), request.params);
    const found = await loadManagedEvent(context, request, id);
    const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    const errors = await addRegistration(context, request, found, fields);
    const locale = isLocale(fields.locale) ? fields.locale : 'fi';
    const values = {
      name: text(fields.name),
      email: text(fields.email),
      attributeValue: text(fields.attributeValue),
      locale,
      reason: text(fields.reason),
    };
    if (errors) return showList(context, request, reply, found.event, values, errors);
    setFlash(reply, 'events.organiser.added');
    return reply.redirect(`/${request.locale}/admin/events/${id}/registrations`, 303);
  });
}

type MoveValues = { attributeValue: string; reason: string };

async function showMove(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  registrationId: string,
  values: MoveValues,
  errors?: FieldErrors,
) {
  const item = await findItem(context, event, registrationId);
  const choices = await attributeChoicesOf(context, request, event);
  if (!choices) throw notFound();
  const current = { attributeValue: values.attributeValue || (errors ? '' : (item.attributeValue ?? '')), reason: values.reason };
  return renderPage(
    context,
    request,
    reply,
    <AdminMovePage event={event} item={item} choices={choices} values={current} errors={errors} />,
    errors ? 422 : 200,
  );
}

async function moveFromForm(
  context: AppContext,
  request: FastifyRequest,
  event: Event,
  registrationId: string,
  fields: Record<string, unknown>,
) {
  const checked = check(organiserMoveSchema, fields);
  if (!checked.ok) return checked.errors;
  return fieldErrorsOf(async () => {
    const attributeValues = await resolveAttributeValues(context, event, checked.data.attributeValue);
    const target = { eventId: event.id, registrationId, attributeValues };
    const outcome = await moveRegistration(
      context.db,
      event.organisationId,
      target,
      context.clock.now(),
      organiserOf(request, checked.data.reason),
    );
    await notifyRegistrations(context, event.organisationId, outcome.promoted, 'promoted', mailLog(request));
  });
}

function registerMove(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations/:registrationId/move', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    return showMove(context, request, reply, event, params.registrationId, { attributeValue: '', reason: '' });
  });

  page(app, 'POST', '/admin/events/:id/registrations/:registrationId/move', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    await findItem(context, event, params.registrationId);
    const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    const errors = await moveFromForm(context, request, event, params.registrationId, fields);
    const values = { attributeValue: text(fields.attributeValue), reason: text(fields.reason) };
    if (errors) return showMove(context, request, reply, event, params.registrationId, values, errors);
    setFlash(reply, 'events.organiser.moved');
    return reply.redirect(`/${request.locale}/admin/events/${event.id}/registrations`, 303);
  });
}

function registerRemove(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations/:registrationId/remove', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    const item = await findItem(context, event, params.registrationId);
    return renderPage(context, request, reply, <AdminRemovePage event={event} item={item} values={{ reason: '' }} />);
  });

  page(app, 'POST', '/admin/events/:id/registrations/:registrationId/remove', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    const item = await findItem(context, event, params.registrationId);
    const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    const checked = check(organiserRemoveSchema, fields);
    if (!checked.ok)
      return renderPage(
        context,
        request,
        reply,
        <AdminRemovePage event={event} item={item} values={{ reason: text(fields.reason) }} errors={checked.errors} />,
        422,
      );
    const target = { id: item.id, eventId: event.id };
    const outcome = await cancelRegistration(
      context.db,
      event.organisationId,
      target,
      context.clock.now(),
      organiserOf(request, checked.data.reason),
    );
    await notifyRegistrations(context, event.organisationId, [item.id], 'cancelled', mailLog(request));
    await notifyRegistrations(context, event.organisationId, outcome.promoted, 'promoted', mailLog(request));
    setFlash(reply, 'events.organiser.removed');
    return reply.redirect(`/${request.locale}/admin/events/${event.id}/registrations`, 303);
  });
}

/** The organiser's registrations: the list, adding someone, moving and removing with a reason. */
export function registerAdminRegistrationRoutes(app: FastifyInstance, context: AppContext): void {
  registerListAndAdd(app, context);
  registerMove(app, context);
  registerRemove(app, context);
}
