import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies } from '../../processes/index.ts';
import { type EventWithProcess, loadManagedEvent } from '../loaders.ts';
import { listInvitations } from '../queries/list-invitations.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { AdminInvitationsPage, type InvitationFormValues } from '../views/admin-invitations-page.tsx';

const eventParams = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });
const _text = (value: unknown) => (typeof value === 'string' ? value.slice(0, EVENT_LIMITS.invitationTextMax) : '');

/** The invitations page, with the errors of a refused post (422). */
export async function showInvitations(
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
  const tree = flattenUnitTree(await listUnitTree(context.db, request.organisation.id));
  const units = tree.map((unit) => {
    const parent = tree.find((node) => node.id === unit.parentId);
    const name = localize(unit.name, request.locale);
    return { value: unit.id, label: parent ? `${localize(parent.name, request.locale)} – ${name}` : name };
  });
  const invitations = await listInvitations(context.db, request.organisation.id, found.event.id);
  return renderPage(
    context,
    request,
    reply,
    <AdminInvitationsPage event={found.event} invitations={invitations} bodies={bodies} units={units} values={values} errors={errors} />,
    errors ? 422 : 200,
  );
}

/** The organiser's invitations page: invite a body or a list of e-mails, see who has registered. */
export function registerAdminInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/invitations', async (request, reply) => {
    const { id } = parse(eventParams, request.params);
    return showInvitations(context, request, reply, await loadManagedEvent(context, request, id), {
      bodyId: '',
      unitId: '',
      emails: '',
      locale: request.locale,
    });
  });
}
