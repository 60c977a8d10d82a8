import type { FastifyRequest } from 'fastify';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { loadRoom } from './access.ts';
import { presentWorkshopDetail } from './presenters.ts';
import { loadWorkshopState } from './queries/load-workshop-state.ts';
import { workshopResults } from './results.ts';

/** A workshop as the API answers it, with its results as the requester may see them (undefined when it is gone). */
export async function workshopDetailOf(context: AppContext, request: FastifyRequest, id: string) {
  const room = await loadRoom(context, request, id);
  authorize(context.authorizer, request, 'workshops.results.view', {
    processId: room.workshop.processId,
    resultsPublic: room.workshop.resultsPublic,
    participantId: room.participant?.id ?? null,
  });
  const state = await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id);
  if (!state) return undefined;
  return presentWorkshopDetail(state, workshopResults(state, { facilitates: room.facilitates }), { facilitates: room.facilitates });
}
