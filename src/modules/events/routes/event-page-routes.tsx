import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { emailSchema } from '../../accounts/index.ts';
import { listBodies } from '../../processes/index.ts';
import { sendRegistrationMail } from '../commands/notify-registrants.ts';
import { ALREADY_REGISTERED, type Registrant, registerForEvent } from '../commands/register-for-event.ts';
import { linkToken } from '../links.ts';
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
import { type EventWithProcess, loadVisibleEvent } from './event-access.ts';
import { mailLog } from './mail-log.ts';
import { mailOutcome } from './mail-outcome.ts';
import { findInvitation, registrantOf } from './registrant.ts';
import { REGISTRATION_RATE_LIMIT } from './registration-api.ts';

/** Resending a registration link mails someone: a few per address and minute. */
const RESEND_RATE_LIMIT = { max: 5, timeWindow: '1 minute' };

const EMPTY_VALUES: RegistrationFormValues = { name: '', email: '', attributeValue: '', answers: {} };

interface PanelInput {
  invitation: { token: string; email: string } | null;
  values?: RegistrationFormValues;
  errors?: FieldErrors;
}

async function ownUnitOf(context: AppContext, request: FastifyRequest): Promise<string | null> {
  const user = request.identity.user;
  if (!user) return null;
  const row = await context.db
    .selectFrom('users')
    .select('unit_id')
    .where('organisation_id', '=', request.organisation.id)
    .where('id', '=', user.id)
    .executeTakeFirst();
  return row?.unit_id ?? null;
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
  if (event.registrationMode === 'staff' && !user)
    return { kind: 'signIn', href: `/${request.locale}/sign-in?next=${encodeURIComponent(`/${request.locale}/events/${event.id}`)}` };
  if (event.registrationMode === 'staff' && !isStaff(request.identity.actor)) return { kind: 'notStaff' };
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

async function renderEventPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  found: EventWithProcess,
  input: PanelInput,
  status = 200,
) {
  const { event, process } = found;
  const bodies = event.audienceBodyIds.length > 0 ? await listBodies(context.db, event.organisationId, process.id) : [];
  const audienceNames = bodies.filter((body) => event.audienceBodyIds.includes(body.id)).map((body) => localize(body.name, request.locale));
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

function formValuesOf(fields: Record<string, unknown>): RegistrationFormValues {
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

/** Registers from the page's form: on success to the personal registration page; bad input shows the form again (422). */
async function handleRegistration(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  found: EventWithProcess,
  invitation: PanelInput['invitation'],
) {
  const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
  const input = { ...fields, email: invitation?.email ?? fields.email, name: fields.name };
  let registrant: Registrant | null = null;
  try {
    registrant = await registrantOf(context, request, found.event, input, invitation?.token ?? null);
    const outcome = await registerForEvent(context.db, request.organisation.id, found.event.id, registrant, context.clock.now());
    await mailOutcome(context, request, found.event, registrant, outcome);
    return reply.redirect(`/${request.locale}/registrations/${outcome.token}`, 303);
  } catch (error) {
    if (error instanceof HttpError && error.code === ALREADY_REGISTERED && registrant)
      return showAlreadyRegistered(context, request, reply, found.event, registrant);
    if (!(error instanceof HttpError) || error.status !== 422) throw error;
    return renderEventPage(context, request, reply, found, { invitation, values: formValuesOf(fields), errors: error.fieldErrors }, 422);
  }
}

/**
 * A second registration of the same person: 409 (nothing was registered, and
 * the module answers a duplicate with a 4xx), shown as a page that says so and
 * leads to the registration they have.
 */
async function showAlreadyRegistered(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  registrant: Registrant,
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

/** Mails an address its registration's personal link again; says the same whether or not it has one. */
async function resendRegistrationLink(context: AppContext, request: FastifyRequest, reply: FastifyReply, event: Event) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const email = emailSchema.safeParse(body.email);
  if (email.success) {
    const row = await findActiveRegistration(context.db, request.organisation.id, event.id, { email: email.data, userId: null });
    if (row) {
      const organisation = { name: request.organisation.name, timeZone: request.organisation.timeZone };
      const kind = row.status === 'waitlisted' ? 'waitlisted' : 'confirmed';
      await sendRegistrationMail(context, kind, row, event, organisation).catch((error: unknown) =>
        mailLog(request)(error, `events: ${kind} mail to registration ${row.id} failed`),
      );
    }
  }
  setFlash(reply, 'events.already.resent');
  return reply.redirect(`/${request.locale}/events/${event.id}`, 303);
}

/** The public event page, registering from it, and the personal invitation page. */
export function registerEventPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/events/:id', async (request, reply) => {
    const { id } = parse(idParamsSchema, request.params);
    return renderEventPage(context, request, reply, await loadVisibleEvent(context, request.identity.actor, id), { invitation: null });
  });

  page(
    app,
    'POST',
    '/events/:id/register',
    async (request, reply) => {
      const { id } = parse(idParamsSchema, request.params);
      return handleRegistration(context, request, reply, await loadVisibleEvent(context, request.identity.actor, id), null);
    },
    { config: { rateLimit: REGISTRATION_RATE_LIMIT } },
  );

  page(
    app,
    'POST',
    '/events/:id/registration-link',
    async (request, reply) => {
      const { id } = parse(idParamsSchema, request.params);
      const { event } = await loadVisibleEvent(context, request.identity.actor, id);
      return resendRegistrationLink(context, request, reply, event);
    },
    { config: { rateLimit: RESEND_RATE_LIMIT } },
  );

  page(app, 'GET', '/events/:id/invitations/:token', async (request, reply) => {
    const { id, token } = parse(idParamsSchema.merge(tokenParamsSchema), request.params);
    const found = await loadVisibleEvent(context, request.identity.actor, id);
    const invitation = await findInvitation(context, request.organisation.id, found.event.id, token);
    return renderEventPage(context, request, reply, found, { invitation: { token, email: invitation.email } });
  });

  page(
    app,
    'POST',
    '/events/:id/invitations/:token',
    async (request, reply) => {
      const { id, token } = parse(idParamsSchema.merge(tokenParamsSchema), request.params);
      const found = await loadVisibleEvent(context, request.identity.actor, id);
      const invitation = await findInvitation(context, request.organisation.id, found.event.id, token);
      return handleRegistration(context, request, reply, found, { token, email: invitation.email });
    },
    { config: { rateLimit: REGISTRATION_RATE_LIMIT } },
  );
}
