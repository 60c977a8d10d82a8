import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../platform/http/api.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/http/errors.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { isSameOrigin } from '../../../platform/realtime/websocket.ts';
import { loadRoom } from '../access.ts';
import type { LiveViewer } from '../live/live-view.ts';
import { WorkshopLive } from '../live/workshop-live.ts';
import { idParamsSchema } from '../schemas.ts';

const liveQuerySchema = z.object({
  view: z.enum(['participant', 'facilitator', 'projector']).default('participant'),
  since: z.coerce.number().int().min(0).optional(),
});

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the live route's preHandler: the room and viewer the socket joins. */
    workshopLive?: { roomId: string; viewer: LiveViewer; since: number | null };
  }
}

/** Decides, before the upgrade, which room and view a socket gets: refusals are plain HTTP answers. */
async function admit(context: AppContext, request: FastifyRequest): Promise<void> {
  if (!isSameOrigin(request)) throw forbidden();
  const { id } = parse(idParamsSchema, request.params);
  const query = parse(liveQuerySchema, request.query);
  const room = await loadRoom(context, request, id);
  let viewer: LiveViewer;
  if (query.view === 'participant') {
    if (!room.participant) throw room.facilitates ? notFound() : request.identity.user ? forbidden() : unauthenticated();
    viewer = { kind: 'participant', participantId: room.participant.id, groupId: room.participant.groupId };
  } else {
    if (!room.facilitates) throw request.identity.user ? forbidden() : unauthenticated();
    viewer = { kind: query.view };
  }
  request.workshopLive = { roomId: WorkshopLive.roomId(room.workshop), viewer, since: query.since ?? null };
}

/**
 * The live channel of a room: GET /api/v1/workshops/:id/live as a WebSocket,
 * `?view=participant|facilitator|projector` and `?since=<version>` to resume.
 * Server → client only: `{type:'snapshot', version, part, data}` (the shared
 * view of the viewer's class, merged, at most a few a second), then `{type:
 * 'delta', version, part, base, delta}` (the change from the part the client
 * holds), `{type:'mine', version, mine}` (a participant's own part, when it
 * changed) or `{type:'current', version}` when nothing was missed.
 */
export function registerLiveRoutes(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  app.route({
    method: 'GET',
    url: `${API_PREFIX}/workshops/:id/live`,
    preHandler: async (request) => admit(context, request),
    handler: async (_request, reply) => reply.status(426).header('upgrade', 'websocket').send(),
    wsHandler: (socket, request) => {
      const admitted = request.workshopLive;
      if (!admitted) {
        socket.close(1008);
        return;
      }
      void live.rooms.join(admitted.roomId, socket, admitted.viewer, admitted.since);
    },
  });
}
