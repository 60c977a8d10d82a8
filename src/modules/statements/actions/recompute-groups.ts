import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { loadManagedChannel } from '../admin-channel.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';

/** A manager computes a channel's opinion groups now instead of waiting for the job. */
export const recomputeGroupsAction = defineAction({
  name: 'statements.groups.recompute',
  summary: 'Compute a channel’s opinion groups now',
  tag: 'statements',
  params: z.object({ id: z.string() }),
  load: ({ context, request, params }) => loadManagedChannel(context, request, params.id, 'statements.channel.manage'),
  run: async ({ context, subject }) => {
    await recomputeOpinionGroups(context, subject.channel.id);
  },
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/statements/:id/recompute',
    done: ({ subject }) => ({ to: `/admin/statements/${subject.channel.id}`, flash: 'statements.admin.recomputed' }),
  },
});
