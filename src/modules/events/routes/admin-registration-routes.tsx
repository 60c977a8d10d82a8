import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FieldErrors, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { attributeChoicesOf } from '../attribute-choices.ts';
import { recordRegistrationsRead } from '../commands/record-registrations-read.ts';
import { loadActiveRegistration, loadManagedEvent } from '../loaders.ts';
import type { Event } from '../queries/find-event.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { type AddFormValues, AdminMovePage, AdminRegistrationsPage, AdminRemovePage } from '../views/admin-registrations-page.tsx';

const registrationParams = z.object({
  id: z.string().min(1).max(EVENT_LIMITS.idMax),
  registrationId: z.string().min(1).max(EVENT_LIMITS.idMax),
});
const _text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');
const BLANK: AddFormValues = { name: '', email: '', attributeValue: '', locale: 'fi', reason: '' };

/** The organiser's list of registrations with the add form (its errors when a post was refused: 422). */
export async function showList(
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

function registerListAndAdd(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations', async (request, reply) => {
    const { id } = parse(z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }), request.params);
    return showList(context, request, reply, (await loadManagedEvent(context, request, id)).event);
  });
}

/** The move form's values. */
export type MoveValues = { attributeValue: string; reason: string };

/** The move form of one registration (its errors when a post was refused: 422). */
export async function showMove(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  registrationId: string,
  values: MoveValues,
  errors?: FieldErrors,
) {
  const item = await loadActiveRegistration(context, event, registrationId);
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

function registerMove(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations/:registrationId/move', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    return showMove(context, request, reply, event, params.registrationId, { attributeValue: '', reason: '' });
  });
}

/** The removal form of one registration, asking the reason (its errors when a post was refused: 422). */
export async function showRemove(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  registrationId: string,
  values: { reason: string },
  errors?: FieldErrors,
) {
  const item = await loadActiveRegistration(context, event, registrationId);
  const content = <AdminRemovePage event={event} item={item} values={values} errors={errors} />;
  return renderPage(context, request, reply, content, errors ? 422 : 200);
}

function registerRemove(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/registrations/:registrationId/remove', async (request, reply) => {
    const params = parse(registrationParams, request.params);
    const { event } = await loadManagedEvent(context, request, params.id);
    return showRemove(context, request, reply, event, params.registrationId, { reason: '' });
  });
}

/** The organiser's registrations: the list, adding someone, moving and removing with a reason. */
export function registerAdminRegistrationRoutes(app: FastifyInstance, context: AppContext): void {
  registerListAndAdd(app, context);
  registerMove(app, context);
  registerRemove(app, context);
}
