import { defineAction } from '../../../platform/actions/action.ts';
import { takeLiveNotes } from '../commands/take-live-notes.ts';
import { loadEditableRecord } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { recordParamsSchema } from '../schemas.ts';

/** The lead takes the live room's notes into the record's draft, each under its question's answer (again: only the new ones). */
export const takeLiveNotesAction = defineAction({
  name: 'dialogues.record.liveNotes',
  summary: 'Take the notes of a live dialogue’s workshop room into its record’s draft answers',
  tag: 'dialogues',
  params: recordParamsSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadEditableRecord(context, actor, params.id, params.unitId),
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => takeLiveNotes(context.db, actor, subject, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/dialogue-rounds/:id/communities/:unitId/live/notes',
    response: recordResponseSchema,
    errors: [409],
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record of the live dialogue is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId/live/notes',
    done: ({ subject }) => ({
      to: `/dialogues/${subject.round.id}/communities/${subject.community.id}`,
      flash: 'dialogues.live.notesTaken',
    }),
  },
});
