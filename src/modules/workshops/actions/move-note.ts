import { z } from 'zod';
import { moveNote } from '../commands/move-note.ts';
import { idSchema, moveNoteSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Moves a note into a cluster of its wall, or out of clusters. */
export const moveNoteAction = facilitatorAction({
  name: 'workshops.note.move',
  summary: 'Moves a note into a cluster of its wall, or out of clusters with clusterId null',
  segment: 'move',
  schema: z.object({ noteId: idSchema }).extend(moveNoteSchema.shape),
  itemField: 'noteId',
  api: { method: 'POST', url: '/workshops/:id/notes/:itemId/move' },
  anchor: (input) => `note-${input.noteId}`,
  run: ({ context, workshop, input, now }) => moveNote(context.db, workshop, input.noteId, input.clusterId, now),
});
