import { z } from 'zod';
import { setNoteHidden } from '../commands/hide-note.ts';
import { idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Hides a note (with its duplicates) from the room; audited. */
export const hideNoteAction = facilitatorAction({
  name: 'workshops.note.hide',
  summary:
    'Hides a note (with its duplicates) from the room: off every wall but the console’s, its dots given back, out of results and the corpus',
  segment: 'hide',
  schema: z.object({ noteId: idSchema }),
  itemField: 'noteId',
  api: { method: 'POST', url: '/workshops/:id/notes/:itemId/hide' },
  anchor: (input) => `note-${input.noteId}`,
  run: ({ context, workshop, input, actor, now }) => setNoteHidden(context.db, actor, workshop, input.noteId, true, now),
});
