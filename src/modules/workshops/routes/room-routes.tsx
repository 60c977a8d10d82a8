import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadRoom } from '../access.ts';
import { authorizeParticipant, requireParticipant } from '../join-access.ts';
import { findNoteAuthor } from '../queries/find-note-author.ts';
import { idParamsSchema, itemParamsSchema } from '../schemas.ts';
import { NoteEditPage } from '../views/note-edit-page.tsx';
import { renderRoom } from '../views/room-render.tsx';

/** The participant's room and a note's edit form; their posts are the module's actions. */
export function registerRoomRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/workshops/:id', async (request, reply) => {
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    if (room.facilitates) return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}`, 303);
    if (!room.participant) return reply.redirect(`/${request.locale}/workshops/${room.workshop.id}/results`, 303);
    return renderRoom(context, request, reply, room);
  });

  page(app, 'GET', '/workshops/:id/notes/:itemId/edit', async (request, reply) => {
    const { id, itemId } = parse(itemParamsSchema, request.params);
    const room = await loadRoom(context, request, id);
    const participant = requireParticipant(room);
    const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, itemId);
    authorizeParticipant(context, request, 'workshops.note.edit', {
      participantId: participant.id,
      authorParticipantId: note.authorParticipantId,
    });
    return renderPage(context, request, reply, <NoteEditPage workshop={room.workshop} noteId={note.id} value={note.text} />);
  });
}
