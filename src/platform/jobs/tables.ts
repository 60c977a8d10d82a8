/** A declared background job's schedule, lease and last run, shared by every app process. */
export interface PlatformJobsTable {
  /** The job's declared name, `module.job`. */
  name: string;
  next_due_at: string;
  /** The process running it now, and until when its lease holds (a process that died loses it then). */
  locked_by: string | null;
  locked_until: string | null;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_duration_ms: number | null;
  /** 'succeeded' or 'failed'; null before the first run. */
  last_status: string | null;
  /** The message of the last failure (no stack), kept after later successes with its time. */
  last_error: string | null;
  last_failed_at: string | null;
  run_count: number;
  failure_count: number;
}

declare module '../db/schema.ts' {
  interface Database {
    platform_jobs: PlatformJobsTable;
  }
}
