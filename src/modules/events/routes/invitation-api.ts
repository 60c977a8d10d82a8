import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { EVENT_LIMITS, invitationSchema } from '../schemas.ts';
import { inviteAndMail } from './admin-invitation-routes.tsx';
import { loadManagedEvent } from './event-access.ts';

/** Inviting through the API: a body's members with accounts and/or a list of e-mails, each mailed a personal link. */
export function registerInvitationApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/events/:id/invitations',
    summary: 'Invites a body’s members (those with accounts) and/or e-mail addresses; each gets a personal link by mail',
    tag: 'events',
    access: 'signed-in',
    params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }),
    body: invitationSchema,
    response: z.object({ invited: z.number().int(), alreadyInvited: z.number().int() }),
    status: 201,
    handler: async ({ params, body, request }) =>
      inviteAndMail(context, request, await loadManagedEvent(context, request, params.id), body),
  });
}
