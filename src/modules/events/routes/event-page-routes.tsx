import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies } from '../../processes/index.ts';
import type { Registrant } from '../commands/register-for-event.ts';
import { AUDIENCE_REFUSALS, isInEventAudience } from '../event-audience.ts';
import { linkToken } from '../links.ts';
import { type EventWithProcess, loadInvitation, loadVisibleEvent } from '../loaders.ts';
import { isStaff } from '../permissions.ts';
import { listAttributeOptions } from '../queries/attribute-options.ts';
import { findActiveRegistration } from '../queries/find-active-registration.ts';
import type { Event } from '../queries/find-event.ts';
import { listQuestions } from '../queries/list-questions.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { closedReason } from '../registration-window.ts';
import { idParamsSchema, tokenParamsSchema } from '../schemas.ts';
import { AlreadyRegisteredPage } from '../views/already-registered-page.tsx';
import { EventPage, type RegistrationPanel } from '../views/event-page.tsx';
import type { RegistrationFormValues } from '../views/registration-form.tsx';

/** Resending a registration link mails someone: a few per address and minute. */
const _RESEND_RATE_LIMIT = { max: 5, timeWindow: '1 minute' };

const EMPTY_VALUES: RegistrationFormValues = { name: '', email: '', attributeValue: '', answers: {} };

/** What the registration part of the page is shown with: the invitation, and the values and errors of a refused post. */
export interface PanelInput {
  invitation: { token: string; email: string } | null;
  values?: RegistrationFormValues;
  errors?: FieldErrors;
}

async function ownUnitOf(context: AppContext, request: FastifyRequest): Promise<string | null> {
  const user = request.identity.user;
  if (!user) return null;
  // The accounts module lends the look-up (the platform's audience look-ups): events read no users table.
  return context.audienceLookups.unitOfUser(context.db, request.organisation.id, user.id);
}

/** What the registration part of the page shows to this visitor now. */
async function registrationPanel(
  context: AppContext,
  request: FastifyRequest,
  found: EventWithProcess,
  input: PanelInput,
): Promise<RegistrationPanel> {
  const { event } = found;
  const user = request.identity.user;
  if (event.registrationMode === 'none') return { kind: 'none' };
  const closed = closedReason(event, context.clock.now());
  if (closed) return { kind: 'closed', messageKey: closed };
  if (event.registrationMode === 'invitation' && !input.invitation) return { kind: 'invitationOnly' };
  const signIn = `/${request.locale}/sign-in?next=${encodeURIComponent(`/${request.locale}/events/${event.id}`)}`;
  if (event.registrationMode === 'staff' && !user) return { kind: 'signIn', href: signIn, messageKey: 'events.register.staffOnly' };
  if (event.registrationMode === 'staff' && !isStaff(request.identity.actor)) return { kind: 'notStaff' };
  // Registration by invitation is decided by the link; the others by the event's audience too.
  if (event.registrationMode !== 'invitation' && !(await isInEventAudience(context, request.identity.actor, event))) {
    if (!user) return { kind: 'signIn', href: signIn, messageKey: AUDIENCE_REFUSALS[event.audience] };
    return { kind: 'notInAudience', messageKey: AUDIENCE_REFUSALS[event.audience] };
  }
  const base = input.invitation ? `/events/${event.id}/invitations/${input.invitation.token}` : `/events/${event.id}/register`;
  const ownUnit = event.registrationMode === 'staff' && event.quotaAttribute === 'unit' ? await ownUnitOf(context, request) : null;
  const setup = {
    action: `/${request.locale}${base}`,
    attribute: event.quotaAttribute,
    options: await listAttributeOptions(context.db, event.organisationId, event.processId, event.quotaAttribute),
    questions: await listQuestions(context.db, event.organisationId, event.id),
    account: user ? { name: user.displayName, email: user.email } : null,
    fixedEmail: input.invitation?.email ?? null,
    ownUnit,
    retentionDays: event.answersRetentionDays,
  };
  return { kind: 'form', setup, values: input.values ?? EMPTY_VALUES, errors: input.errors };
}

/** The public event page with its registration part. */
export async function renderEventPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  found: EventWithProcess,
  input: PanelInput,
  status = 200,
) {
  const { event, process } = found;
  const bodies = event.audienceBodyIds.length > 0 ? await listBodies(context.db, event.organisationId, process.id) : [];
  const units = event.audienceUnitIds.length > 0 ? flattenUnitTree(await listUnitTree(context.db, event.organisationId)) : [];
  const audienceNames = [
    ...bodies.filter((body) => event.audienceBodyIds.includes(body.id)).map((body) => localize(body.name, request.locale)),
    ...units.filter((unit) => event.audienceUnitIds.includes(unit.id)).map((unit) => localize(unit.name, request.locale)),
  ];
  const seats = event.registrationMode === 'none' ? null : await seatSummary(context.db, event, context.clock.now());
  const attributeLabel = context.translator.t(
    request.locale,
    event.quotaAttribute === 'sector' ? 'events.register.sector' : 'events.register.unit',
  );
  const panel = await registrationPanel(context, request, found, input);
  return renderPage(
    context,
    request,
    reply,
    <EventPage
      event={event}
      process={process}
      audienceNames={audienceNames}
      seats={seats}
      attributeLabel={attributeLabel}
      panel={panel}
      status={status}
    />,
    status,
  );
}

/** The registration form's fields as they were sent, to show again beside the errors. */
export function formValuesOf(fields: Record<string, unknown>): RegistrationFormValues {
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');
  const answers =
    typeof fields.answers === 'object' && fields.answers !== null && !Array.isArray(fields.answers)
      ? (fields.answers as Record<string, unknown>)
      : {};
  return {
    name: text(fields.name),
    email: text(fields.email),
    attributeValue: text(fields.attributeValue),
    answers: Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, text(value)])),
  };
}

/**
 * A second registration of the same person: 409 (nothing was registered, and
 * the module answers a duplicate with a 4xx), shown as a page that says so and
 * leads to the registration they have.
 */
export async function showAlreadyRegistered(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  registrant: Pick<Registrant, 'email' | 'userId'>,
) {
  const existing = await findActiveRegistration(context.db, request.organisation.id, event.id, registrant);
  const owner = registrant.userId !== null && existing !== undefined;
  const manageHref = owner
    ? `/${request.locale}/registrations/${await linkToken(context.db, 'registration', existing.id, context.clock.now())}`
    : null;
  const resendAction = `/${request.locale}/events/${event.id}/registration-link`;
  return renderPage(
    context,
    request,
    reply,
    <AlreadyRegisteredPage event={event} email={registrant.email} manageHref={manageHref} resendAction={resendAction} />,
    409,
  );
}

/** The public event page and the personal invitation page (registering from them is an action). */
export function registerEventPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/events/:id', async (request, reply) => {
    const { id } = parse(idParamsSchema, request.params);
    return renderEventPage(context, request, reply, await loadVisibleEvent(context, request.identity.actor, id), { invitation: null });
  });

  page(app, 'GET', '/events/:id/invitations/:token', async (request, reply) => {
    const { id, token } = parse(idParamsSchema.merge(tokenParamsSchema), request.params);
    const found = await loadVisibleEvent(context, request.identity.actor, id);
    const invitation = await loadInvitation(context, request.organisation.id, found.event.id, token);
    return renderEventPage(context, request, reply, found, { invitation: { token, email: invitation.email } });
  });
}
