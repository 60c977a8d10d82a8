import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { castVote } from '../commands/cast-vote.ts';
import { editNote } from '../commands/edit-note.ts';
import { postNote } from '../commands/post-note.ts';
import { removeVote } from '../commands/remove-vote.ts';
import { withdrawNote } from '../commands/withdraw-note.ts';
import { liveView } from '../live/live-view.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { currentPrompt } from '../model.ts';
import { findNoteAuthor } from '../queries/find-note-author.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { idParamsSchema, itemParamsSchema, noteSchema, voteSchema } from '../schemas.ts';
import { NoteEditPage } from '../views/note-edit-page.tsx';
import { RoomPage } from '../views/room-page.tsx';
import { loadRoom, type Room } from './access.ts';
import { authorizeParticipant, requireParticipant } from './join-access.ts';

type Body = Record<string, string | string[]>;

/** A 4xx from a command as the field error the form shows (a note too long, writing closed …); anything else is rethrown. */
async function refusalOf(run: () => Promise<unknown>): Promise<{ errors: FieldErrors; status: number } | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (!(error instanceof HttpError) || error.status >= 500 || error.status === 404) throw error;
    const errors =
      Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : { text: { key: error.messageKey, values: error.values } };
    return { errors, status: error.status };
  }
}

async function renderRoom(
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
    <RoomPage workshop={state.workshop} live={live} version={state.workshop.version} ownNotes={ownNotes} {...form} />,
    status,
  );
}

/** The participant's room and its plain forms: post, edit and withdraw notes, place and take back dots. */
export function registerRoomRoutes(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  const roomOf = async (request: FastifyRequest) => loadRoom(context, request, parse(idParamsSchema, request.params).id);
  const back = (request: FastifyRequest, reply: FastifyReply, room: Room, anchor = '') =>
    reply.redirect(`/${request.locale}/workshops/${room.workshop.id}${anchor}`, 303);

  page(app, 'GET', '/workshops/:id', async (request, reply) => {
    const room = await roomOf(request);
    if (room.facilitates) return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}`, 303);
    if (!room.participant) return reply.redirect(`/${request.locale}/workshops/${room.workshop.id}/results`, 303);
    return renderRoom(context, request, reply, room);
  });

  page(app, 'POST', '/workshops/:id/notes', async (request, reply) => {
    const room = await roomOf(request);
    const participant = requireParticipant(room);
    authorizeParticipant(context, request, 'workshops.note.post', { participantId: participant.id });
    const fields = unflattenForm((request.body ?? {}) as Body);
    const noteValue = typeof fields.text === 'string' ? fields.text : '';
    const checked = check(noteSchema, fields);
    const refusal = checked.ok
      ? await refusalOf(() =>
          postNote(context.db, room.workshop, participant.id, { text: checked.data.text, language: request.locale }, context.clock.now()),
        )
      : { errors: checked.errors, status: 422 };
    // The text comes back in the form on any refusal, so a note is never lost to a mistake, a flood limit or a closed stage.
    if (refusal) return renderRoom(context, request, reply, room, { noteValue, errors: refusal.errors }, refusal.status);
    await live.changed(room.workshop);
    setFlash(reply, 'workshops.room.posted');
    return back(request, reply, room, '#note-form-title');
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

  page(app, 'POST', '/workshops/:id/notes/:itemId/edit', async (request, reply) => {
    const { id, itemId } = parse(itemParamsSchema, request.params);
    const room = await loadRoom(context, request, id);
    const participant = requireParticipant(room);
    const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, itemId);
    authorizeParticipant(context, request, 'workshops.note.edit', {
      participantId: participant.id,
      authorParticipantId: note.authorParticipantId,
    });
    const fields = unflattenForm((request.body ?? {}) as Body);
    const value = typeof fields.text === 'string' ? fields.text : '';
    const checked = check(noteSchema, fields);
    const refusal = checked.ok
      ? await refusalOf(() => editNote(context.db, room.workshop, participant.id, note.id, checked.data.text, context.clock.now()))
      : { errors: checked.errors, status: 422 };
    if (refusal) {
      return renderPage(
        context,
        request,
        reply,
        <NoteEditPage workshop={room.workshop} noteId={note.id} value={value} errors={refusal.errors} />,
        refusal.status,
      );
    }
    await live.changed(room.workshop);
    setFlash(reply, 'workshops.room.edited');
    return back(request, reply, room);
  });

  page(app, 'POST', '/workshops/:id/notes/:itemId/withdraw', async (request, reply) => {
    const { id, itemId } = parse(itemParamsSchema, request.params);
    const room = await loadRoom(context, request, id);
    const participant = requireParticipant(room);
    const note = await findNoteAuthor(context.db, room.workshop.organisationId, room.workshop.id, itemId);
    authorizeParticipant(context, request, 'workshops.note.edit', {
      participantId: participant.id,
      authorParticipantId: note.authorParticipantId,
    });
    await withdrawNote(context.db, room.workshop, participant.id, note.id, context.clock.now());
    await live.changed(room.workshop);
    setFlash(reply, 'workshops.room.withdrawn');
    return back(request, reply, room);
  });

  for (const [path, remove] of [
    ['/workshops/:id/votes', false],
    ['/workshops/:id/votes/remove', true],
  ] as const) {
    page(app, 'POST', path, async (request, reply) => {
      const room = await roomOf(request);
      const participant = requireParticipant(room);
      authorizeParticipant(context, request, 'workshops.vote.cast', { participantId: participant.id });
      const target = parse(voteSchema, unflattenForm((request.body ?? {}) as Body));
      if (remove) await removeVote(context.db, room.workshop, participant.id, target, context.clock.now());
      else await castVote(context.db, room.workshop, participant, target, context.clock.now());
      await live.changed(room.workshop);
      return back(request, reply, room, `#${target.targetType}-${target.targetId}`);
    });
  }
}
