import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { castVote } from '../commands/cast-vote.ts';
import { editNote } from '../commands/edit-note.ts';
import { joinWorkshop } from '../commands/join-workshop.ts';
import { postNote } from '../commands/post-note.ts';
import { removeVote } from '../commands/remove-vote.ts';
import { withdrawNote } from '../commands/withdraw-note.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { findNoteAuthor } from '../queries/find-note-author.ts';
import { idParamsSchema, itemParamsSchema, joinApiSchema, noteSchema, voteSchema } from '../schemas.ts';
import { ensureRequester, loadRoom } from './access.ts';
import { authorizeParticipant, requireJoinAccess, requireParticipant, workshopForCode } from './join-access.ts';
import { JOIN_RATE_LIMIT, WRITE_RATE_LIMIT } from './rate-limits.ts';

const TAG = 'workshops';
const WRITE_LIMIT = WRITE_RATE_LIMIT;

/** The participant's API: join with a code, write, edit and withdraw notes, place and take back dots. */
export function registerRoomApi(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  context.api.add(app, {
    method: 'POST',
    url: '/workshops/join',
    summary: 'Joins a workshop with its code (no account needed); a wrong code is 404, an expired one 410',
    tag: TAG,
    access: 'public',
    body: joinApiSchema,
    response: z.object({ workshopId: z.string(), participantId: z.string() }),
    rateLimit: JOIN_RATE_LIMIT,
    handler: async ({ request, reply, body }) => {
      const workshop = await workshopForCode(context, request, body.code);
      await requireJoinAccess(context, request, workshop);
      const requester = ensureRequester(context, request, reply);
      const details = { ...body, accountName: request.identity.user?.displayName ?? null };
      const participantId = await joinWorkshop(context.db, workshop, requester, details, context.clock.now());
      await live.changed(workshop);
      return { workshopId: workshop.id, participantId };
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/workshops/:id/notes',
    summary: 'Posts a note on the current prompt while writing is open',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: idParamsSchema,
    body: noteSchema,
    response: z.object({ id: z.string() }),
    status: 201,
    rateLimit: WRITE_LIMIT,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      const participant = requireParticipant(room);
      authorizeParticipant(context, request, 'workshops.note.post', { participantId: participant.id });
      const id = await postNote(
        context.db,
        room.workshop,
        participant.id,
        { text: body.text, language: request.locale },
        context.clock.now(),
      );
      await live.changed(room.workshop);
      return { id };
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/workshops/:id/notes/:itemId',
    summary: 'Changes one’s own note while writing is open',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: itemParamsSchema,
    body: noteSchema,
    status: 204,
    rateLimit: WRITE_LIMIT,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      const participant = requireParticipant(room);
      const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, params.itemId);
      authorizeParticipant(context, request, 'workshops.note.edit', {
        participantId: participant.id,
        authorParticipantId: note.authorParticipantId,
      });
      await editNote(context.db, room.workshop, participant.id, params.itemId, body.text, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/workshops/:id/notes/:itemId',
    summary: 'Withdraws one’s own note while writing is open',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: itemParamsSchema,
    status: 204,
    rateLimit: WRITE_LIMIT,
    handler: async ({ request, params }) => {
      const room = await loadRoom(context, request, params.id);
      const participant = requireParticipant(room);
      const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, params.itemId);
      authorizeParticipant(context, request, 'workshops.note.edit', {
        participantId: participant.id,
        authorParticipantId: note.authorParticipantId,
      });
      await withdrawNote(context.db, room.workshop, participant.id, params.itemId, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'POST',
    url: '/workshops/:id/votes',
    summary: 'Places one dot on a cluster or a note outside clusters while the vote is open; 409 when no dots are left',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: idParamsSchema,
    body: voteSchema,
    status: 204,
    rateLimit: WRITE_LIMIT,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      const participant = requireParticipant(room);
      authorizeParticipant(context, request, 'workshops.vote.cast', { participantId: participant.id });
      await castVote(context.db, room.workshop, participant, body, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/workshops/:id/votes',
    summary: 'Takes back one of one’s dots on a target while the vote is open',
    tag: TAG,
    errors: [409],
    access: 'public',
    params: idParamsSchema,
    body: voteSchema,
    status: 204,
    rateLimit: WRITE_LIMIT,
    handler: async ({ request, params, body }) => {
      const room = await loadRoom(context, request, params.id);
      const participant = requireParticipant(room);
      authorizeParticipant(context, request, 'workshops.vote.cast', { participantId: participant.id });
      await removeVote(context.db, room.workshop, participant.id, body, context.clock.now());
      await live.changed(room.workshop);
      return undefined;
    },
  });
}
