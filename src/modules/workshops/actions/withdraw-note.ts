import { defineAction } from '../../../platform/actions/action.ts';
import { withdrawNote } from '../commands/withdraw-note.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadOwnNote } from '../loaders.ts';
import { WRITE_RATE_LIMIT } from '../rate-limits.ts';
import { itemParamsSchema } from '../schemas.ts';

/** A participant takes back their own note while writing is open. */
export const withdrawNoteAction = defineAction({
  name: 'workshops.note.withdraw',
  summary: 'Withdraws one’s own note while writing is open',
  tag: 'workshops',
  params: itemParamsSchema,
  load: ({ context, request, params }) => loadOwnNote(context, request, params),
  rateLimit: WRITE_RATE_LIMIT,
  run: ({ context, subject, now }) => withdrawNote(context.db, subject.workshop, subject.participant.id, subject.noteId, now),
  pageVersion: 'unchanged',
  after: [roomChanged],
  api: { method: 'DELETE', url: '/workshops/:id/notes/:itemId', access: 'public', errors: [409] },
  page: {
    url: '/workshops/:id/notes/:itemId/withdraw',
    done: ({ subject }) => ({ to: `/workshops/${subject.workshop.id}`, flash: 'workshops.room.withdrawn' }),
  },
});
