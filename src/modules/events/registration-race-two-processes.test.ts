import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixedClock } from '../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { testEngine } from '../../platform/testing/test-database.ts';
import { Crowd } from './test-support/crowd.ts';
import { createRushEvent, type RushEvent } from './test-support/rush-event.ts';

const REQUESTS = 2000;
const NOW = '2013-03-10T08:00:00Z';
const folder = path.dirname(fileURLToPath(import.meta.url));

/** Starts the second app process on the test's PostgreSQL database; answers it and its address. */
async function startSecondProcess(databaseUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(folder, 'test-support', 'second-app.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TEST_CLOCK: NOW },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the second app exited with ${code}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

describe('registration rush on PostgreSQL with two app processes at once', {
  skip: testEngine() !== 'postgres' && 'PostgreSQL only',
}, () => {
  let test: TestApp;
  let second: { child: ChildProcess; baseUrl: string };
  let rush: RushEvent;
  let statuses: number[];

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(NOW), environment: { TRUST_PROXY: '1' } });
    const target = test.context.config.database;
    assert.equal(target.kind, 'postgres');
    second = await startSecondProcess(target.kind === 'postgres' ? target.url : '');
    rush = await createRushEvent(test, 70);
    const crowds = [new Crowd(test.baseUrl, REQUESTS / 2), new Crowd(second.baseUrl, REQUESTS / 2)];
    await Promise.all(crowds.map((crowd) => crowd.connect()));
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) => {
        const unit = rush.units[index % rush.units.length]!;
        const body = { name: `Two ${index}`, email: `two-${index % (REQUESTS - 50)}@example.com`, attributeValue: unit.id };
        return crowds[index % 2]!.postJson(`/api/v1/events/${rush.eventId}/registrations`, body, index);
      }),
    );
    console.log(`two processes: ${REQUESTS} requests answered in ${Math.round(performance.now() - started)} ms`);
    statuses = responses.map((response) => response.status);
    for (const crowd of crowds) crowd.close();
  });
  after(async () => {
    // The second process lets go of the database before the test drops it.
    if (second && second.child.exitCode === null) {
      const exited = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.stdin?.end();
      await exited;
    }
    await test?.close();
  });

  it('answers every request with a seat, a waitlist place or 409 for the 50 sent twice', () => {
    assert.deepEqual(
      statuses.filter((status) => status !== 201 && status !== 409),
      [],
    );
    assert.equal(statuses.filter((status) => status === 409).length, 50);
  });

  it('overbooks nothing across the processes: capacity, every quota, one registration per person', async () => {
    const rows = await test.context.db.selectFrom('event_registrations').selectAll().where('event_id', '=', rush.eventId).execute();
    const confirmed = rows.filter((row) => row.status === 'confirmed');
    assert.equal(confirmed.length, 70, 'every unit had more registrants than seats');
    for (const unit of rush.units) assert.equal(confirmed.filter((row) => row.quota_id === unit.quotaId).length, unit.seats);
    assert.equal(new Set(rows.map((row) => row.email)).size, rows.length);
    for (const unit of rush.units) {
      const ofUnit = rows.filter((row) => row.quota_id === unit.quotaId);
      const lastConfirmed = Math.max(...ofUnit.filter((row) => row.status === 'confirmed').map((row) => row.seq));
      const firstWaiting = Math.min(...ofUnit.filter((row) => row.status === 'waitlisted').map((row) => row.seq));
      assert.ok(lastConfirmed < firstWaiting, 'registration order within the quota');
    }
  });
});
