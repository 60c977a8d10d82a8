import type { Db } from '../db/database.ts';
import type { JobDefinition } from './job.ts';
import './tables.ts';

/** A declared job with how its last run went, for the admin's jobs page. */
export interface JobStatus {
  name: string;
  labelKey: string;
  everyMs: number;
  /** Null until a runner has started once over this database. */
  nextDueAt: string | null;
  running: boolean;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastDurationMs: number | null;
  lastStatus: 'succeeded' | 'failed' | null;
  lastError: string | null;
  lastFailedAt: string | null;
  runCount: number;
  failureCount: number;
}

/**
 * Every declared job in declaration order with its row. Jobs belong to the
 * installation, not to an organisation: the row holds no tenant data (a
 * failure's message only), so every organisation's admins may read it.
 */
export async function listJobStatuses(db: Db, jobs: JobDefinition[], now: Date): Promise<JobStatus[]> {
  const rows = await db.selectFrom('platform_jobs').selectAll().execute();
  return jobs.map((job) => {
    const row = rows.find((candidate) => candidate.name === job.name);
    return {
      name: job.name,
      labelKey: job.labelKey,
      everyMs: job.schedule.everyMs,
      nextDueAt: row?.next_due_at ?? null,
      running: Boolean(row?.locked_until && Date.parse(row.locked_until) >= now.getTime()),
      lastStartedAt: row?.last_started_at ?? null,
      lastFinishedAt: row?.last_finished_at ?? null,
      lastDurationMs: row?.last_duration_ms ?? null,
      lastStatus: row?.last_status === 'succeeded' || row?.last_status === 'failed' ? row.last_status : null,
      lastError: row?.last_error ?? null,
      lastFailedAt: row?.last_failed_at ?? null,
      runCount: row?.run_count ?? 0,
      failureCount: row?.failure_count ?? 0,
    };
  });
}
