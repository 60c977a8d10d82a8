import { defineAction } from '../../../platform/actions/action.ts';
import { openLiveDialogue } from '../commands/open-live-dialogue.ts';
import { loadEditableRecord } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { recordParamsSchema } from '../schemas.ts';

/**
 * The lead holds the work community's dialogue live: a workshop room opens with the round's
 * questions as prompts (a button on the community's page, or the API); the record is under way.
 */
export const openLiveAction = defineAction({
  name: 'dialogues.record.live',
  summary: 'Hold a work community’s dialogue live in a workshop room with the round’s questions as prompts (its lead, a facilitator)',
  tag: 'dialogues',
  params: recordParamsSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadEditableRecord(context, actor, params.id, params.unitId),
  authorize: { permission: 'dialogues.record.live', resource: ({ subject }) => subject.subject },
  rateLimit: { max: 20, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => openLiveDialogue(context.db, actor, subject, now),
  // Nothing cached shows a record; the room is the workshops module's.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/dialogue-rounds/:id/communities/:unitId/live',
    response: recordResponseSchema,
    errors: [409],
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record of the live dialogue is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId/live',
    done: ({ subject }) => ({ to: `/dialogues/${subject.round.id}/communities/${subject.community.id}`, flash: 'dialogues.live.opened' }),
  },
});
