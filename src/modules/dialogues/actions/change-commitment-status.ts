import { defineAction } from '../../../platform/actions/action.ts';
import { changeCommitmentStatus } from '../commands/change-commitment-status.ts';
import { loadFollowedCommitment } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { commitmentParamsSchema, commitmentStatusInputSchema } from '../schemas.ts';
import { renderCommitmentPage } from './commitment-page.tsx';

/**
 * The follow-up of a commitment: its community's lead or the coordinator moves it to planned,
 * in progress, done or dropped; each change is kept in its history. A form on the dialogue's page, or PUT.
 */
export const changeCommitmentStatusAction = defineAction({
  name: 'dialogues.commitment.status',
  summary: 'Change a commitment’s status (planned, in progress, done, dropped); the change is kept in its history',
  tag: 'dialogues',
  params: commitmentParamsSchema,
  input: commitmentStatusInputSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadFollowedCommitment(context, actor, params),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => changeCommitmentStatus(context.db, actor, subject.commitment, input.status, now),
  // Nothing cached shows a commitment's status.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/dialogue-rounds/:id/communities/:unitId/commitments/:commitmentId/status',
    response: recordResponseSchema,
    errors: [409],
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record of the commitment is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId/commitments/:commitmentId/status',
    form: (call, reply, state, status) =>
      renderCommitmentPage(
        call,
        reply,
        call.subject,
        { status: String(state.values.status ?? ''), objectiveId: call.subject.commitment.objectiveId ?? '' },
        state.errors,
        status,
      ),
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: `/dialogues/${subject.round.id}/communities/${subject.community.id}/commitments/${subject.commitment.id}`,
      flash: 'dialogues.commitment.statusSaved',
    }),
  },
});
