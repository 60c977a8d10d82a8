import type { FastifyRequest } from 'fastify';
import { Refusal } from '../../platform/domain/refusal.ts';
import { found } from '../../platform/http/api.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { loadRoom, type Room } from './access.ts';
import { authorizeParticipant, requireParticipant, workshopForCode } from './join-access.ts';
import type { Workshop, WorkshopState } from './model.ts';
import { findNoteAuthor } from './queries/find-note-author.ts';
import type { Participant } from './queries/find-participant.ts';
import { loadWorkshopState } from './queries/load-workshop-state.ts';
import { joinCodeSchema } from './schemas.ts';

/** A room its facilitator acts in: 404 as `loadRoom`, then 401/403 unless the actor facilitates it. */
export interface FacilitatedRoom {
  room: Room;
  workshop: Workshop;
}

export async function loadFacilitatedRoom(context: AppContext, request: FastifyRequest, id: string): Promise<FacilitatedRoom> {
  const room = await loadRoom(context, request, id);
  authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
  return { room, workshop: room.workshop };
}

/** The facilitated room with its whole state (the closing form lists its clusters). */
export async function loadFacilitatedState(
  context: AppContext,
  request: FastifyRequest,
  id: string,
): Promise<FacilitatedRoom & { state: WorkshopState }> {
  const facilitated = await loadFacilitatedRoom(context, request, id);
  const state = found(await loadWorkshopState(context.db, facilitated.workshop.organisationId, facilitated.workshop.id));
  return { ...facilitated, state };
}

/** A room its participant acts in, checked against the participant's rule (403 for one who has not joined). */
export interface ParticipantRoom {
  room: Room;
  workshop: Workshop;
  participant: Participant;
}

export async function loadParticipantRoom(
  context: AppContext,
  request: FastifyRequest,
  id: string,
  permission: 'workshops.note.post' | 'workshops.vote.cast',
): Promise<ParticipantRoom> {
  const room = await loadRoom(context, request, id, { shared: true });
  const participant = requireParticipant(room);
  authorizeParticipant(context, request, permission, { participantId: participant.id });
  return { room, workshop: room.workshop, participant };
}

/** One's own note in the room (404 for an unknown one, 403 for another's). */
export async function loadOwnNote(
  context: AppContext,
  request: FastifyRequest,
  params: { id: string; itemId: string },
): Promise<ParticipantRoom & { noteId: string }> {
  const room = await loadRoom(context, request, params.id);
  const participant = requireParticipant(room);
  const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, params.itemId);
  authorizeParticipant(context, request, 'workshops.note.edit', {
    participantId: participant.id,
    authorParticipantId: note.authorParticipantId,
  });
  return { room, workshop: room.workshop, participant, noteId: note.id };
}

/** The workshop a code in the join address names (404 for a wrong code, 410 for an expired one). */
export async function workshopOfPath(context: AppContext, request: FastifyRequest, code: string | undefined): Promise<Workshop> {
  const parsed = joinCodeSchema.safeParse(code);
  if (!parsed.success) throw new Refusal('not-found', 'workshops.join.unknownCode', {}, {}, 'unknown-code');
  return workshopForCode(context, request, parsed.data);
}
