import { defineJob } from '../../../platform/jobs/job.ts';
import { claimNextRun, failInterruptedRuns, RUN_LEASE_MS } from './claim-run.ts';
import { executeThemeRun } from './execute-theme-run.ts';

/**
 * Looks for queued theme runs every few seconds and runs them one at a time,
 * oldest first. A run's own row carries its progress, cancel request and
 * outcome; the job only claims and runs. A failed run never touches the
 * published theme set (publishing is the analyst's separate step).
 */
export const themeRunsJob = defineJob({
  name: 'insights.theme-runs',
  labelKey: 'insights.jobs.themeRuns',
  schedule: { everyMs: 3_000 },
  leaseMs: RUN_LEASE_MS,
  run: async (context, run) => {
    await failInterruptedRuns(context.db, run.now);
    for (;;) {
      if (run.signal.aborted) return;
      const claimed = await claimNextRun(context.db, context.clock.now());
      if (!claimed) return;
      await executeThemeRun(context, claimed, run.signal).catch((error: unknown) =>
        run.log(error, `insights: theme run ${claimed.id} failed`),
      );
    }
  },
});
