import { defineAction } from '../../../platform/actions/action.ts';
import { saveRecord } from '../commands/save-record.ts';
import { loadEditableRecord } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { recordInputSchema, recordParamsSchema } from '../schemas.ts';
import { sentRecordValues } from '../views/record-form.tsx';
import { renderRecordPage } from './record-page.tsx';

/**
 * The lead saves the work community's record as a draft, or submits it (held): the form on the
 * community's page, or PUT on the API. After the due date it is accepted and marked late.
 */
export const saveRecordAction = defineAction({
  name: 'dialogues.record.save',
  summary: 'Save or submit a work community’s dialogue record (date, participants, answers, commitments)',
  tag: 'dialogues',
  params: recordParamsSchema,
  input: recordInputSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadEditableRecord(context, actor, params.id, params.unitId),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, request, actor, subject, input, now }) =>
    saveRecord(context.db, actor, subject, input, now, { timeZone: request.organisation.timeZone, locale: request.locale }),
  // Nothing cached shows a record: the coverage and record pages are read afresh.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/dialogue-rounds/:id/communities/:unitId/record',
    response: recordResponseSchema,
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record just saved is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId',
    form: (call, reply, state, status) => renderRecordPage(call, reply, call.subject, sentRecordValues(state.values), state.errors, status),
    refusalStatus: 422,
    done: ({ subject, input }) => ({
      to: `/dialogues/${subject.round.id}/communities/${subject.community.id}`,
      flash: input.submit ? 'dialogues.record.submitted' : 'dialogues.record.saved',
    }),
  },
});
