import { z } from 'zod';
import { setNoteHidden } from '../commands/hide-note.ts';
import { idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Shows a hidden note (with its duplicates) in the room again; audited. */
export const unhideNoteAction = facilitatorAction({
  name: 'workshops.note.unhide',
  summary: 'Shows a hidden note (with its duplicates) in the room again',
  segment: 'unhide',
  schema: z.object({ noteId: idSchema }),
  itemField: 'noteId',
  api: { method: 'POST', url: '/workshops/:id/notes/:itemId/unhide' },
  anchor: (input) => `note-${input.noteId}`,
  run: ({ context, workshop, input, actor, now }) => setNoteHidden(context.db, actor, workshop, input.noteId, false, now),
});
