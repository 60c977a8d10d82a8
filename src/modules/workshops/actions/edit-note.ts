import { h } from 'preact';
import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { editNote } from '../commands/edit-note.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadOwnNote } from '../loaders.ts';
import { WRITE_RATE_LIMIT } from '../rate-limits.ts';
import { itemParamsSchema, noteSchema } from '../schemas.ts';
import { NoteEditPage } from '../views/note-edit-page.tsx';

/** A participant changes their own note while writing is open. */
export const editNoteAction = defineAction({
  name: 'workshops.note.edit',
  summary: 'Changes one’s own note while writing is open',
  tag: 'workshops',
  params: itemParamsSchema,
  input: noteSchema,
  load: ({ context, request, params }) => loadOwnNote(context, request, params),
  rateLimit: WRITE_RATE_LIMIT,
  run: ({ context, subject, input, now }) =>
    editNote(context.db, subject.workshop, subject.participant.id, subject.noteId, input.text, now),
  pageVersion: 'unchanged',
  after: [roomChanged],
  api: { method: 'PATCH', url: '/workshops/:id/notes/:itemId', access: 'public', errors: [409] },
  page: {
    url: '/workshops/:id/notes/:itemId/edit',
    form: ({ context, request, subject }, reply, state, status) =>
      renderPage(
        context,
        request,
        reply,
        h(NoteEditPage, {
          workshop: subject.workshop,
          noteId: subject.noteId,
          value: typeof state.values.text === 'string' ? state.values.text : '',
          errors: state.errors,
        }),
        status,
      ),
    refusalField: 'text',
    done: ({ subject }) => ({ to: `/workshops/${subject.workshop.id}`, flash: 'workshops.room.edited' }),
  },
});
