import { defineJob } from '../../../platform/jobs/job.ts';
import { RECOMPUTATION } from './claim-recomputation.ts';
import { runDueRecomputations } from './recompute-opinion-groups.ts';

/**
 * Looks for channels due for new opinion groups every couple of seconds. The
 * debounce stays in the channels' rows (a vote sets `recompute_requested_at`,
 * a channel is due once that is older than the debounce delay) because it is
 * per channel; each due channel is then claimed on its own, so a computation
 * still running when the next run comes is not doubled.
 */
export const opinionGroupsJob = defineJob({
  name: 'statements.opinion-groups',
  labelKey: 'statements.jobs.opinionGroups',
  schedule: { everyMs: RECOMPUTATION.intervalMs },
  leaseMs: RECOMPUTATION.leaseMs,
  run: async (context, run) => {
    await runDueRecomputations(
      context,
      run.now,
      (error, channelId) => run.log(error, `statements: opinion groups of channel ${channelId} could not be computed`),
      run.signal,
    );
  },
});
