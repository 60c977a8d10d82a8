import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { postNote } from '../commands/post-note.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadParticipantRoom } from '../loaders.ts';
import { WRITE_RATE_LIMIT } from '../rate-limits.ts';
import { idParamsSchema, noteSchema } from '../schemas.ts';
import { renderRoom } from '../views/room-render.tsx';

/** A participant writes a note on the current prompt while writing is open; the room page keeps the text on any refusal. */
export const postNoteAction = defineAction({
  name: 'workshops.note.post',
  summary: 'Posts a note on the current prompt while writing is open',
  tag: 'workshops',
  params: idParamsSchema,
  input: noteSchema,
  load: ({ context, request, params }) => loadParticipantRoom(context, request, params.id, 'workshops.note.post'),
  // The command limits notes per participant (20 a minute, a 429); this stops a runaway client on both surfaces.
  rateLimit: WRITE_RATE_LIMIT,
  run: ({ context, request, subject, input, now }) =>
    postNote(context.db, subject.workshop, subject.participant.id, { text: input.text, language: request.locale }, now),
  pageVersion: 'unchanged',
  after: [roomChanged],
  api: {
    method: 'POST',
    url: '/workshops/:id/notes',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
    access: 'public',
    errors: [409],
  },
  page: {
    url: '/workshops/:id/notes',
    // The text comes back in the form on any refusal, so a note is never lost to a mistake, a flood limit or a closed stage.
    form: ({ context, request, subject }, reply, state, status) =>
      renderRoom(
        context,
        request,
        reply,
        subject.room,
        { noteValue: typeof state.values.text === 'string' ? state.values.text : '', errors: state.errors },
        status,
      ),
    refusalField: 'text',
    done: ({ subject }) => ({ to: `/workshops/${subject.workshop.id}#note-form-title`, flash: 'workshops.room.posted' }),
  },
});
