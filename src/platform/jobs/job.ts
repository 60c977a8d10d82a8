import type { AppContext } from '../module.ts';

/** How often a job is due: every `everyMs` after its last start. */
export interface JobSchedule {
  everyMs: number;
}

/** What a running job is handed besides the app context. */
export interface JobRun {
  /** Aborted when the app shuts down: a long job stops between steps and is picked up again on its next schedule. */
  signal: AbortSignal;
  /** The instant the run was claimed (the platform clock). */
  now: Date;
  /** Logs a problem that does not fail the run (a mail that could not be sent). */
  log(error: unknown, message: string): void;
}

/**
 * A background job a module declares in its manifest. Of several app
 * processes on one database exactly one runs it per due time; a run that
 * throws is recorded (its message) and tried again when next due.
 */
export interface JobDefinition {
  /** `module.job`, e.g. `events.reminders`. */
  name: string;
  /** The message key of its name in words, shown on the admin's jobs page. */
  labelKey: string;
  schedule: JobSchedule;
  /** A run not finished by then is taken to have died and may be run by another process (default ten minutes). */
  leaseMs?: number;
  run(context: AppContext, run: JobRun): Promise<void>;
}

/** The lease of a job that names none. */
export const DEFAULT_JOB_LEASE_MS = 10 * 60_000;

/** Declares a job (typed identity, for editor help). */
export function defineJob(job: JobDefinition): JobDefinition {
  return job;
}
