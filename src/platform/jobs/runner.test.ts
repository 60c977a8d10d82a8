import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_ADMIN } from '../../demo.ts';
import { fixedClock } from '../clock.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngine } from '../testing/test-database.ts';
import { defineJob, type JobDefinition } from './job.ts';

/** What a failure's message might name of another organisation. */
const FOREIGN_ID = '0b9e3c1a-2f4d-4c8e-9a1b-7d6e5f4a3b2c';
const FOREIGN_EMAIL = 'toinen.kunta@example.org';

import { JobRunner } from './runner.ts';

const NOW = '2026-03-02T08:00:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const quiet = () => {};

const jobRow = (test: TestApp, name: string) =>
  test.context.db.selectFrom('platform_jobs').selectAll().where('name', '=', name).executeTakeFirst();

/** Waits (really) until a check holds, for the runner's own timer. */
async function eventually(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) assert.fail('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the job runner: schedule, exactly once, failures on the admin page', () => {
  let test: TestApp;
  const clock = fixedClock(NOW);

  before(async () => {
    test = await startTestApp({ demo: true, clock, environment: { TARINA_JOBS: '0' } });
  });
  after(() => test.close());

  it('runs a declared job when it is due by the platform clock, once per due time', async () => {
    const runs: string[] = [];
    const job = defineJob({
      name: 'test.counter',
      labelKey: 'test.counter',
      schedule: { everyMs: MINUTE },
      run: async (_context, run) => void runs.push(run.now.toISOString()),
    });
    const runner = new JobRunner(test.context, [job], quiet, HOUR);
    await runner.start();
    try {
      assert.deepEqual(await runner.runDue(), [], 'first due one interval after the start');
      clock.set(new Date(Date.parse(NOW) + MINUTE - 1));
      assert.deepEqual(await runner.runDue(), []);
      clock.set(new Date(Date.parse(NOW) + MINUTE));
      assert.deepEqual(await runner.runDue(), ['test.counter']);
      assert.deepEqual(await runner.runDue(), [], 'not twice for one due time');
      clock.set(new Date(Date.parse(NOW) + 2 * MINUTE + 5));
      assert.deepEqual(await runner.runDue(), ['test.counter']);
      assert.deepEqual(runs, [new Date(Date.parse(NOW) + MINUTE).toISOString(), new Date(Date.parse(NOW) + 2 * MINUTE + 5).toISOString()]);
      const row = await jobRow(test, 'test.counter');
      assert.equal(row?.run_count, 2);
      assert.equal(row?.last_status, 'succeeded');
      assert.equal(row?.locked_until, null, 'the lease is given back');
      assert.equal(row?.next_due_at, new Date(Date.parse(NOW) + 3 * MINUTE + 5).toISOString());
    } finally {
      await runner.stop();
      clock.set(NOW);
    }
  });

  it('runs a due job once when several runners claim it at the same moment', async () => {
    let runs = 0;
    const job = defineJob({
      name: 'test.race',
      labelKey: 'test.race',
      schedule: { everyMs: MINUTE },
      run: async () => {
        runs += 1;
      },
    });
    const runners = Array.from({ length: 4 }, () => new JobRunner(test.context, [job], quiet, HOUR));
    await Promise.all(runners.map((runner) => runner.start()));
    try {
      for (let round = 1; round <= 5; round += 1) {
        clock.set(new Date(Date.parse(NOW) + round * MINUTE));
        const claimed = await Promise.all(runners.map((runner) => runner.runDue()));
        assert.equal(claimed.flat().length, 1, `round ${round}`);
      }
      assert.equal(runs, 5);
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      clock.set(NOW);
    }
  });

  it('lets another process take over a run whose process died, once its lease has run out', async () => {
    const job = defineJob({
      name: 'test.lease',
      labelKey: 'test.lease',
      schedule: { everyMs: MINUTE },
      leaseMs: 5 * MINUTE,
      run: async () => {},
    });
    const runner = new JobRunner(test.context, [job], quiet, HOUR);
    await runner.start();
    try {
      // A process claimed it and died: its lease and next due time stay behind.
      const dead = new Date(Date.parse(NOW) + MINUTE);
      await test.context.db
        .updateTable('platform_jobs')
        .set({
          locked_by: 'dead-process',
          locked_until: new Date(dead.getTime() + 5 * MINUTE).toISOString(),
          next_due_at: new Date(dead.getTime() + MINUTE).toISOString(),
        })
        .where('name', '=', 'test.lease')
        .execute();
      clock.set(new Date(dead.getTime() + 3 * MINUTE));
      assert.deepEqual(await runner.runDue(), [], 'the lease still holds');
      clock.set(new Date(dead.getTime() + 5 * MINUTE + 1));
      assert.deepEqual(await runner.runDue(), ['test.lease']);
      assert.equal((await jobRow(test, 'test.lease'))?.locked_by, null);
    } finally {
      await runner.stop();
      clock.set(NOW);
    }
  });

  it('records a failure, tries again when next due, and shows it to admins on the jobs page', async () => {
    let fail = true;
    const job: JobDefinition = defineJob({
      name: 'test.failing',
      labelKey: 'test.failing',
      schedule: { everyMs: MINUTE },
      run: async () => {
        if (fail) throw new Error(`Levy täynnä <script> ${FOREIGN_ID} ${FOREIGN_EMAIL}`);
      },
    });
    test.context.jobs.push(job);
    const runner = new JobRunner(test.context, [job], quiet, HOUR);
    await runner.start();
    try {
      clock.set(new Date(Date.parse(NOW) + MINUTE));
      assert.deepEqual(await runner.runDue(), ['test.failing']);
      const row = await jobRow(test, 'test.failing');
      assert.equal(row?.last_status, 'failed');
      assert.equal(row?.last_error, 'Levy täynnä <script> … …@…', 'ids and addresses (maybe another organisation’s) masked');
      assert.equal(row?.failure_count, 1);
      assert.equal(row?.locked_until, null, 'a failed run gives its lease back');

      const admin = await test.adminClient();
      const page = await admin.get('/fi/admin/jobs');
      assert.equal(page.status, 200);
      assert.match(page.text, /<h1>Taustatyöt<\/h1>/);
      assert.match(page.text, /test\.failing/);
      assert.match(page.text, /Epäonnistui/);
      assert.match(page.text, /<code>Levy täynnä &lt;script> … …@…<\/code>/, 'the message, escaped');
      assert.doesNotMatch(page.text, new RegExp(FOREIGN_ID), 'no id of another organisation');
      assert.doesNotMatch(page.text, /runner\.test\.ts/, 'no stack');
      for (const declared of ['events.reminders', 'events.answer-purge', 'events.quota-release', 'statements.opinion-groups'])
        assert.match(page.text, new RegExp(declared.replace('.', '\\.')), declared);
      assert.match(page.text, /Muistutukset tapahtumaa edeltävänä päivänä/);
      assert.match(page.text, /Kerran minuutissa/);
      assert.match((await admin.get('/en/admin/jobs')).text, /Every 2 seconds/);
      assert.match((await admin.get('/fi/admin')).text, /href="\/fi\/admin\/jobs"/, 'linked from the admin home');

      fail = false;
      clock.set(new Date(Date.parse(NOW) + 2 * MINUTE));
      assert.deepEqual(await runner.runDue(), ['test.failing'], 'tried again on its next schedule');
      const after = await jobRow(test, 'test.failing');
      assert.equal(after?.last_status, 'succeeded');
      assert.equal(after?.last_error, 'Levy täynnä <script> … …@…', 'the last failure stays visible with its time');
    } finally {
      test.context.jobs.pop();
      await runner.stop();
      clock.set(NOW);
    }
  });

  it('shows the jobs page to admins only', async () => {
    assert.equal((await test.client().get('/fi/admin/jobs')).status, 303, 'a visitor is sent to sign in');
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.get('/fi/admin/jobs')).status, 403, 'a process manager is no admin');
    assert.doesNotMatch((await manager.get('/fi/admin')).text, /admin\/jobs/, 'nor offered the link');
  });

  it('waits for a running job on shutdown and aborts it through its signal', async () => {
    let sawAbort = false;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const job = defineJob({
      name: 'test.long',
      labelKey: 'test.long',
      schedule: { everyMs: MINUTE },
      run: async (_context, run) => {
        started();
        await new Promise<void>((resolve) => run.signal.addEventListener('abort', () => resolve()));
        sawAbort = run.signal.aborted;
      },
    });
    const runner = new JobRunner(test.context, [job], quiet, HOUR);
    await runner.start();
    clock.set(new Date(Date.parse(NOW) + MINUTE));
    const done = runner.runDue();
    await running;
    await runner.stop();
    assert.equal(sawAbort, true);
    assert.deepEqual(await done, ['test.long']);
    const row = await jobRow(test, 'test.long');
    assert.equal(row?.locked_until, null);
    assert.equal(row?.next_due_at, new Date(Date.parse(NOW) + MINUTE).toISOString(), 'cut short: due again at once, in any process');
    clock.set(NOW);
  });
});

describe('the app starts the runner unless TARINA_JOBS=0', () => {
  it('runs no job in a process started with TARINA_JOBS=0', async () => {
    const test = await startTestApp({ demo: false, environment: { TARINA_JOBS: '0' } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      assert.deepEqual(await test.context.db.selectFrom('platform_jobs').selectAll().execute(), []);
    } finally {
      await test.close();
    }
  });

  it('registers every declared job and runs a due one on its own timer', async () => {
    const clock = fixedClock(NOW);
    const test = await startTestApp({ demo: false, clock });
    try {
      const names = (await test.context.db.selectFrom('platform_jobs').select('name').execute()).map((row) => row.name).sort();
      assert.deepEqual(names, test.context.jobs.map((job) => job.name).sort());
      await test.context.db.updateTable('platform_jobs').set({ next_due_at: NOW }).where('name', '=', 'events.answer-purge').execute();
      await eventually(async () => (await jobRow(test, 'events.answer-purge'))?.run_count === 1);
      assert.equal((await jobRow(test, 'events.reminders'))?.run_count, 0, 'the others are not yet due');
    } finally {
      await test.close();
    }
  });
});

const folder = path.dirname(fileURLToPath(import.meta.url));

describe('two app processes on one PostgreSQL database', { skip: testEngine() !== 'postgres' && 'PostgreSQL only' }, () => {
  let test: TestApp;
  let child: ChildProcess;

  before(async () => {
    // This process runs its runner by hand below; the second process runs the app's own.
    test = await startTestApp({ demo: false, clock: fixedClock(NOW), environment: { TARINA_JOBS: '0' } });
    const target = test.context.config.database;
    assert.equal(target.kind, 'postgres');
    const second = path.join(folder, '..', '..', 'modules', 'events', 'test-support', 'second-app.ts');
    child = spawn(process.execPath, ['--import', 'tsx', second], {
      env: { ...process.env, DATABASE_URL: target.kind === 'postgres' ? target.url : '', TEST_CLOCK: NOW, TARINA_JOBS: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => /listening \d+/.test(chunk.toString()) && resolve());
      child.on('exit', (code) => reject(new Error(`the second app exited with ${code}`)));
    });
  });
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.end();
      await exited;
    }
    await test?.close();
  });

  const names = () => test.context.jobs.map((job) => job.name).sort();
  const runCounts = async () =>
    (await test.context.db.selectFrom('platform_jobs').select(['name', 'run_count']).orderBy('name').execute()).map(
      (row) => `${row.name}:${row.run_count}`,
    );
  /** Both processes stand at NOW: make every job due again, then wait until each has run and given its lease back. */
  async function round(during: () => Promise<unknown>): Promise<void> {
    await test.context.db
      .updateTable('platform_jobs')
      .set({ next_due_at: new Date(Date.parse(NOW) - 1000).toISOString() })
      .execute();
    await Promise.all([
      during(),
      eventually(async () => {
        const rows = await test.context.db.selectFrom('platform_jobs').selectAll().execute();
        return rows.length === names().length && rows.every((row) => row.next_due_at > NOW && row.locked_until === null);
      }),
    ]);
  }

  it('runs each declared job exactly once per due time between them', async () => {
    await eventually(async () => (await runCounts()).length === names().length);
    await round(async () => {});
    assert.deepEqual(
      await runCounts(),
      names().map((name) => `${name}:1`),
      'the second process runs the jobs on its own',
    );
    const runner = new JobRunner(test.context, test.context.jobs, quiet);
    await runner.start();
    try {
      for (let due = 2; due <= 4; due += 1) {
        // This process claims again and again (every 50 ms) while the other's timer claims once a second.
        await round(async () => {
          for (let attempt = 0; attempt < 25; attempt += 1) {
            await runner.runDue();
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        });
        assert.deepEqual(
          await runCounts(),
          names().map((name) => `${name}:${due}`),
          `due time ${due}`,
        );
      }
    } finally {
      await runner.stop();
    }
  });
});
