import type { FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Room } from '../access.ts';
import { requireParticipant } from '../join-access.ts';
import { liveView } from '../live/live-view.ts';
import { currentPrompt } from '../model.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { RoomPage } from './room-page.tsx';

/** The participant's room with its note form (again, with the text and its errors, after a refusal). */
export async function renderRoom(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  room: Room,
  form: { noteValue?: string; errors?: FieldErrors } = {},
  status = 200,
) {
  const participant = requireParticipant(room);
  const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
  const live = liveView(state, { kind: 'participant', participantId: participant.id, groupId: participant.groupId });
  const prompt = currentPrompt(state);
  const ownNotes = state.notes
    .filter((note) => note.participantId === participant.id && note.promptId === prompt?.id && note.hiddenAt === null)
    .map((note) => ({ id: note.id, text: note.text }));
  return renderPage(
    context,
    request,
    reply,
    <RoomPage
      workshop={state.workshop}
      live={live}
      version={state.workshop.version}
      ownNotes={ownNotes}
      process={room.process}
      {...form}
    />,
    status,
  );
}
