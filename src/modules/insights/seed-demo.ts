import type { AppContext, DemoState } from '../../platform/module.ts';
import { publishThemeRun } from './commands/publish-theme-run.ts';
import { startThemeRun } from './commands/start-theme-run.ts';
import { claimNextRun } from './jobs/claim-run.ts';
import { executeThemeRun } from './jobs/execute-theme-run.ts';

/**
 * The demo's first theme run over the demo process's contributions, finished and published by the
 * demo's admin (as an analyst would), so the process's themes page shows themes in people's own
 * words; its analyst pages and forms are there to try and to test.
 */
export async function seedInsightsDemo(context: AppContext, demo: DemoState): Promise<void> {
  if (!demo.organisationId || !demo.processId) return;
  const actor = { organisationId: demo.organisationId, userId: demo.adminUserId ?? null, grants: [] };
  const filter = { channels: [], phaseId: null, languages: [], phase: null, timeZone: 'Europe/Helsinki' };
  const now = context.clock.now();
  const runId = await startThemeRun(context.db, actor, { processId: demo.processId, filter, seed: 1, minThemes: 3, maxThemes: 8 }, now);
  const claimed = await claimNextRun(context.db, now);
  // A failure is kept on the run (its page says why); the rest of the demo does not depend on it.
  if (!claimed) return;
  const succeeded = await executeThemeRun(context, claimed).then(
    () => true,
    () => false,
  );
  const run = await context.db.selectFrom('insight_theme_runs').select('status').where('id', '=', runId).executeTakeFirst();
  if (succeeded && run?.status === 'succeeded') await publishThemeRun(context.db, actor, { id: runId, processId: demo.processId }, now);
}
