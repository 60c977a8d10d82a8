import type { Db } from '../../../platform/db/database.ts';
import '../tables.ts';

/** How long a claimed run may take before it counts as interrupted (a process that died). */
export const RUN_LEASE_MS = 30 * 60_000;

/** A claimed run: the job runs it. */
export interface ClaimedRun {
  id: string;
  organisationId: string;
  processId: string;
}

/** Runs whose process died while running them (lease out): failed, so the analyst can start another. */
export async function failInterruptedRuns(db: Db, now: Date): Promise<void> {
  await db
    .updateTable('insight_theme_runs')
    .set({ status: 'failed', error: 'interrupted', lease_until: null, finished_at: now.toISOString() })
    .where('status', '=', 'running')
    .where('lease_until', '<', now.toISOString())
    .execute();
}

/** Claims the oldest queued run of any organisation (the job belongs to the installation); of several processes one wins. */
export async function claimNextRun(db: Db, now: Date): Promise<ClaimedRun | undefined> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const next = await db
      .selectFrom('insight_theme_runs')
      .select(['id', 'organisation_id', 'process_id'])
      .where('status', '=', 'queued')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!next) return undefined;
    const claimed = await db
      .updateTable('insight_theme_runs')
      .set({
        status: 'running',
        started_at: now.toISOString(),
        lease_until: new Date(now.getTime() + RUN_LEASE_MS).toISOString(),
        progress: 0,
      })
      .where('id', '=', next.id)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) return { id: next.id, organisationId: next.organisation_id, processId: next.process_id };
  }
  return undefined;
}
