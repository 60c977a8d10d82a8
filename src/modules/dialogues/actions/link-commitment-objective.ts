import { defineAction } from '../../../platform/actions/action.ts';
import { linkCommitmentObjective } from '../commands/link-commitment-objective.ts';
import { loadFollowedCommitment } from '../loaders.ts';
import { presentRecord, recordResponseSchema } from '../presenters.ts';
import { findRecord } from '../queries/find-record.ts';
import { commitmentObjectiveInputSchema, commitmentParamsSchema } from '../schemas.ts';
import { renderCommitmentPage } from './commitment-page.tsx';

/**
 * Links a commitment to a unit objective of the goals module (or unlinks it), so it is followed up
 * with the objective: its community's lead or the coordinator, on the commitment's page, or PUT.
 */
export const linkCommitmentObjectiveAction = defineAction({
  name: 'dialogues.commitment.objective',
  summary: 'Link a commitment to a unit objective of the round’s process (goals), or unlink it with null',
  tag: 'dialogues',
  params: commitmentParamsSchema,
  input: commitmentObjectiveInputSchema,
  permission: 'dialogues.admin.list',
  load: ({ context, actor, params }) => loadFollowedCommitment(context, actor, params),
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) =>
    linkCommitmentObjective(context.db, actor, subject.round, subject.commitment, input.objectiveId, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PUT',
    url: '/dialogue-rounds/:id/communities/:unitId/commitments/:commitmentId/objective',
    response: recordResponseSchema,
    errors: [409],
    present: async ({ context, actor, subject }) => {
      const found = await findRecord(context.db, actor.organisationId, subject.round.id, subject.community.id);
      if (!found) throw new Error('the record of the commitment is not there');
      return presentRecord(found.record, found.commitments);
    },
  },
  page: {
    url: '/dialogues/:id/communities/:unitId/commitments/:commitmentId/objective',
    form: (call, reply, state, status) =>
      renderCommitmentPage(
        call,
        reply,
        call.subject,
        { status: call.subject.commitment.status, objectiveId: String(state.values.objectiveId ?? '') },
        state.errors,
        status,
      ),
    refusalStatus: 422,
    done: ({ subject }) => ({
      to: `/dialogues/${subject.round.id}/communities/${subject.community.id}/commitments/${subject.commitment.id}`,
      flash: 'dialogues.commitment.objectiveSaved',
    }),
  },
});
