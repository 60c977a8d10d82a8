import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findSeatInvitation, listOwnSeats } from '../queries/seat-invitations.ts';
import { OwnSeatsPage, SeatInvitationPage } from '../views/seat-pages.tsx';

const STATUS = { unknown: 404, used: 410, expired: 410, valid: 200 } as const;

/** A seat invitation's page (anyone with the link) and the signed-in person's own seats. */
export function registerSeatRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/seat-invitations/:token', async (request, reply) => {
    const token = (request.params as { token?: unknown }).token;
    const found = await findSeatInvitation(context.db, request.organisation.id, token, context.clock.now());
    const signedIn = request.identity.actor.userId !== null;
    const shownToken = found.state === 'valid' && typeof token === 'string' ? token : '';
    const view = (
      <SeatInvitationPage
        state={found.state}
        {...(found.invitation ? { invitation: found.invitation } : {})}
        token={shownToken}
        signedIn={signedIn}
      />
    );
    return renderPage(context, request, reply, view, STATUS[found.state]);
  });

  page(app, 'GET', '/account/seats', async (request, reply) => {
    const userId = request.identity.actor.userId;
    if (!userId) throw unauthenticated();
    const seats = await listOwnSeats(context.db, request.organisation.id, userId);
    return renderPage(context, request, reply, <OwnSeatsPage seats={seats} />);
  });
}
