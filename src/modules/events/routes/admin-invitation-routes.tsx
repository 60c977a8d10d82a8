import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { listBodies } from '../../processes/index.ts';
import { inviteToEvent } from '../commands/invite-to-event.ts';
import { sendInvitations } from '../commands/send-invitations.ts';
import { listInvitations } from '../queries/list-invitations.ts';
import { EVENT_LIMITS, type InvitationInput, invitationSchema } from '../schemas.ts';
import { AdminInvitationsPage, type InvitationFormValues } from '../views/admin-invitations-page.tsx';
import { type EventWithProcess, loadManagedEvent } from './event-access.ts';
import { mailLog } from './mail-log.ts';
import { siteOrigin } from './registrant.ts';

const eventParams = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, EVENT_LIMITS.invitationTextMax) : '');

/** Invites and mails each new invitee their link; answers how many were invited now and how many already were. */
export async function inviteAndMail(context: AppContext, request: FastifyRequest, found: EventWithProcess, input: InvitationInput) {
  const result = await inviteToEvent(
    context.db,
    request.identity.actor,
    { id: found.event.id, processId: found.process.id },
    input,
    context.clock.now(),
  );
  const organisation = { name: request.organisation.name, timeZone: request.organisation.timeZone };
  await sendInvitations(
    context,
    found.event,
    result.invited,
    { locale: input.locale, siteOrigin: siteOrigin(context, request), organisation },
    mailLog(request),
  );
  return { invited: result.invited.length, alreadyInvited: result.alreadyInvited };
}

async function show(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  found: EventWithProcess,
  values: InvitationFormValues,
  errors?: FieldErrors,
) {
  const bodies = (await listBodies(context.db, request.organisation.id, found.process.id)).map((body) => ({
    value: body.id,
    label: localize(body.name, request.locale),
  }));
  const invitations = await listInvitations(context.db, request.organisation.id, found.event.id);
  return renderPage(
    context,
    request,
    reply,
    <AdminInvitationsPage event={found.event} invitations={invitations} bodies={bodies} values={values} errors={errors} />,
    errors ? 422 : 200,
  );
}

/** The organiser's invitations page: invite a body or a list of e-mails, see who has registered. */
export function registerAdminInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/invitations', async (request, reply) => {
    const { id } = parse(eventParams, request.params);
    return show(context, request, reply, await loadManagedEvent(context, request, id), { bodyId: '', emails: '', locale: request.locale });
  });

  page(app, 'POST', '/admin/events/:id/invitations', async (request, reply) => {
    const { id } = parse(eventParams, request.params);
    const found = await loadManagedEvent(context, request, id);
    const fields = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    const values = { bodyId: text(fields.bodyId), emails: text(fields.emails), locale: text(fields.locale) || request.locale };
    const checked = check(invitationSchema, fields);
    if (!checked.ok) return show(context, request, reply, found, values, checked.errors);
    try {
      await inviteAndMail(context, request, found, checked.data);
    } catch (error) {
      if (error instanceof HttpError && error.status === 422) return show(context, request, reply, found, values, error.fieldErrors);
      throw error;
    }
    setFlash(reply, 'events.invite.sent');
    return reply.redirect(`/${request.locale}/admin/events/${id}/invitations`, 303);
  });
}
