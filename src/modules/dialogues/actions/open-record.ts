import { defineAction } from '../../../platform/actions/action.ts';
import { openRecord } from '../commands/open-record.ts';
import { loadEditableRecord } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { recordParamsSchema } from '../schemas.ts';

/** The work community's lead opens its dialogue (under way): a button on the community's page, or the API. */
export const openRecordAction = defineAction({
  name: 'dialogues.record.open',
  summary: 'Open a work community’s dialogue of a round (its lead)',
  tag: 'dialogues',
  params: recordParamsSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadEditableRecord(context, actor, params.id, params.unitId),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, now }) => openRecord(context.db, actor, subject, now),
  // Nothing cached shows a record: the coverage and record pages are read afresh.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/dialogue-rounds/:id/communities/:unitId/open',
    response: recordResponseSchema,
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record just opened is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId/open',
    done: ({ subject }) => ({ to: `/dialogues/${subject.round.id}/communities/${subject.community.id}`, flash: 'dialogues.record.opened' }),
  },
});
