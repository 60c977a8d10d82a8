import { z } from 'zod';
import { separateNote } from '../commands/separate-note.ts';
import { idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Undoes a merge. */
export const separateNoteAction = facilitatorAction({
  name: 'workshops.note.separate',
  summary: 'Undoes a merge',
  segment: 'separate',
  schema: z.object({ noteId: idSchema }),
  itemField: 'noteId',
  api: { method: 'POST', url: '/workshops/:id/notes/:itemId/separate' },
  anchor: (input) => `note-${input.noteId}`,
  run: ({ context, workshop, input, now }) => separateNote(context.db, workshop, input.noteId, now),
});
