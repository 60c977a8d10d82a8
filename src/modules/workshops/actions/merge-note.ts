import { z } from 'zod';
import { mergeNote } from '../commands/merge-note.ts';
import { idSchema, mergeNoteSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Merges a note into a duplicate on the same wall. */
export const mergeNoteAction = facilitatorAction({
  name: 'workshops.note.merge',
  summary: 'Merges a note into a duplicate on the same wall',
  segment: 'merge',
  schema: z.object({ noteId: idSchema }).extend(mergeNoteSchema.shape),
  itemField: 'noteId',
  api: { method: 'POST', url: '/workshops/:id/notes/:itemId/merge' },
  anchor: (input) => `note-${input.intoNoteId}`,
  run: ({ context, workshop, input, now }) => mergeNote(context.db, workshop, input.noteId, input.intoNoteId, now),
});
