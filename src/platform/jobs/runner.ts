import { hostname } from 'node:os';
import { newToken } from '../db/ids.ts';
import type { AppContext } from '../module.ts';
import { DEFAULT_JOB_LEASE_MS, type JobDefinition } from './job.ts';
import './tables.ts';

/** How often each process looks for due jobs (one indexed read of a few rows). */
export const JOB_POLL_MS = 500;

/** A failure's message is kept this short on the jobs page. */
const ERROR_MESSAGE_MAX = 500;

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;

/**
 * A failure's message as every organisation's admins may read it on the jobs page (jobs
 * belong to the installation): ids and e-mail addresses, which could name another
 * organisation's data, are masked; the server log keeps the whole error.
 */
export function tenantSafeMessage(message: string): string {
  return message.replace(UUID, '…').replace(EMAIL, '…@…');
}

type LogError = (error: unknown, message: string) => void;

const iso = (at: number) => new Date(at).toISOString();

/** Checks the modules' declared jobs (unique names of the form `module.job`, a positive interval) and lists them. */
export function collectJobs(modules: Array<{ name: string; jobs?: JobDefinition[] }>): JobDefinition[] {
  const seen = new Set<string>();
  for (const module of modules) {
    for (const job of module.jobs ?? []) {
      if (!job.name.startsWith(`${module.name}.`)) throw new Error(`Job ${job.name} must be named ${module.name}.<job>`);
      if (seen.has(job.name)) throw new Error(`Job ${job.name} is declared twice`);
      if (!(job.schedule.everyMs > 0)) throw new Error(`Job ${job.name} needs a positive interval`);
      seen.add(job.name);
    }
  }
  return modules.flatMap((module) => module.jobs ?? []);
}

/**
 * Runs the declared jobs in this app process. Every process may run a runner
 * over the same database: a job is claimed with one conditional UPDATE of its
 * `platform_jobs` row (due, and no live lease), which moves its due time on in
 * the same statement, so exactly one process runs it per due time. Due times
 * follow the platform clock; the poll itself is a real timer.
 */
export class JobRunner {
  /** This process's name in the leases (two apps in one test process differ too). */
  readonly owner = `${hostname()}:${process.pid}:${newToken(6)}`;
  private readonly controller = new AbortController();
  private readonly running = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly context: AppContext,
    private readonly jobs: JobDefinition[],
    private readonly log: LogError,
    private readonly pollMs = JOB_POLL_MS,
  ) {}

  /** Adds a row for each job not yet known (first due one interval from now) and starts polling. */
  async start(): Promise<void> {
    await this.register();
    this.schedulePoll();
  }

  /** Stops polling, aborts the runs in flight through their signal and waits for them to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.controller.abort();
    await this.polling;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Claims every due job and waits for the runs it claimed; answers their names (tests call this instead of waiting). */
  async runDue(): Promise<string[]> {
    const claimed = await this.claimDue();
    await Promise.allSettled(claimed.map((entry) => entry.done));
    return claimed.map((entry) => entry.name);
  }

  private async register(): Promise<void> {
    const now = this.context.clock.now().getTime();
    for (const job of this.jobs) {
      await this.context.db
        .insertInto('platform_jobs')
        .values({ name: job.name, next_due_at: iso(now + job.schedule.everyMs), run_count: 0, failure_count: 0 })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute();
    }
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.claimDue()
        .catch((error: unknown) => this.log(error, 'jobs: looking for due jobs failed'))
        .finally(() => {
          this.polling = null;
          this.schedulePoll();
        });
    }, this.pollMs);
    this.timer.unref();
  }

  /** Claims the due jobs not already running here and starts them; answers what it started. */
  private async claimDue(): Promise<Array<{ name: string; done: Promise<void> }>> {
    if (this.stopped) return [];
    const now = this.context.clock.now().getTime();
    const rows = await this.context.db.selectFrom('platform_jobs').select(['name', 'next_due_at', 'locked_until']).execute();
    const started: Array<{ name: string; done: Promise<void> }> = [];
    for (const job of this.jobs) {
      const row = rows.find((candidate) => candidate.name === job.name);
      if (!row || this.running.has(job.name) || !looksDue(row, job, now)) continue;
      if (!(await this.claim(job, now))) continue;
      const done = this.execute(job, now).finally(() => this.running.delete(job.name));
      this.running.set(job.name, done);
      started.push({ name: job.name, done });
    }
    return started;
  }

  /**
   * One conditional UPDATE: due (or due "in the future" by more than an
   * interval, which only a clock set back can cause) and not leased by a live
   * run. It takes the lease and sets the next due time in the same statement.
   */
  private async claim(job: JobDefinition, now: number): Promise<boolean> {
    const at = iso(now);
    const result = await this.context.db
      .updateTable('platform_jobs')
      .set({
        locked_by: this.owner,
        locked_until: iso(now + (job.leaseMs ?? DEFAULT_JOB_LEASE_MS)),
        last_started_at: at,
        next_due_at: iso(now + job.schedule.everyMs),
      })
      .where('name', '=', job.name)
      .where((eb) => eb.or([eb('next_due_at', '<=', at), eb('next_due_at', '>', iso(now + job.schedule.everyMs))]))
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Runs a claimed job and records how it went; a run cut short by shutdown is due again at once. */
  private async execute(job: JobDefinition, now: number): Promise<void> {
    const { signal } = this.controller;
    const started = performance.now();
    let failure: string | null = null;
    try {
      await job.run(this.context, { signal, now: new Date(now), log: this.log });
    } catch (error) {
      failure = tenantSafeMessage(error instanceof Error ? error.message : String(error)).slice(0, ERROR_MESSAGE_MAX);
      this.log(error, `jobs: ${job.name} failed`);
    }
    const finished = this.context.clock.now().toISOString();
    await this.context.db
      .updateTable('platform_jobs')
      .set((eb) => ({
        locked_by: null,
        locked_until: null,
        last_finished_at: finished,
        last_duration_ms: Math.round(performance.now() - started),
        last_status: failure === null ? 'succeeded' : 'failed',
        run_count: eb('run_count', '+', 1),
        ...(failure === null ? {} : { last_error: failure, last_failed_at: finished, failure_count: eb('failure_count', '+', 1) }),
        ...(signal.aborted ? { next_due_at: finished } : {}),
      }))
      .where('name', '=', job.name)
      .where('locked_by', '=', this.owner)
      .execute()
      .catch((error: unknown) => this.log(error, `jobs: the run of ${job.name} could not be recorded`));
  }
}

function looksDue(row: { next_due_at: string; locked_until: string | null }, job: JobDefinition, now: number): boolean {
  const due = Date.parse(row.next_due_at);
  const free = row.locked_until === null || Date.parse(row.locked_until) < now;
  return free && (due <= now || due > now + job.schedule.everyMs);
}
