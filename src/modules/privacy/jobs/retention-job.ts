import { defineJob } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';

/** How often the retention rules are run: hourly is soon enough for periods counted in days. */
export const RETENTION_JOB_INTERVAL_MS = 60 * 60_000;

/**
 * Runs every declared retention rule that removes its data itself (`purge`), one after the
 * other; a rule that fails does not stop the others, and the run fails after them naming it,
 * so the admin's jobs page shows it. Answers what each rule removed.
 */
export async function runRetentionRules(context: AppContext, now: Date, signal?: AbortSignal): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  const failed: string[] = [];
  for (const rule of context.retention) {
    if (!rule.purge || signal?.aborted) continue;
    try {
      removed[rule.name] = await rule.purge(context, now);
    } catch (error) {
      failed.push(`${rule.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed.length > 0) throw new Error(`retention rules failed: ${failed.join('; ')}`);
  return removed;
}

/** The job that carries out the retention rules. */
export const retentionJob = defineJob({
  name: 'privacy.retention',
  labelKey: 'privacy.jobs.retention',
  schedule: { everyMs: RETENTION_JOB_INTERVAL_MS },
  run: async (context, run) => {
    await runRetentionRules(context, run.now, run.signal);
  },
});
