import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { Refusal } from '../domain/refusal.ts';
import { createTestDatabase, testEngine } from '../testing/test-database.ts';
import { openDatabase } from './database.ts';

describe('database: PostgreSQL pool', { skip: testEngine() !== 'postgres' }, () => {
  it('survives the server closing an idle connection, and the next query opens a new one', async () => {
    const database = await createTestDatabase();
    const handle = openDatabase(database.target, { poolSize: 2 });
    const uncaught: unknown[] = [];
    const listener = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', listener);
    try {
      const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
      const pid = before.rows[0]!.pid;
      // The connection is idle in the pool now; an administrator ends it.
      const admin = new pg.Client({ connectionString: database.target.kind === 'postgres' ? database.target.url : '' });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
      assert.notEqual(after.rows[0]!.pid, pid);
      assert.deepEqual(uncaught, []);
    } finally {
      process.off('uncaughtException', listener);
      await handle.close();
      await database.drop();
    }
  });

  it('refuses as overloaded (503, nothing started) a query that waits longer than the pool allows for a connection', async () => {
    const database = await createTestDatabase();
    const handle = openDatabase(database.target, { poolSize: 1, poolWaitMs: 300 });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The only connection is busy in a transaction until released.
      const busy = handle.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      await assert.rejects(sql`select 2`.execute(handle.db), (error) => error instanceof Refusal && error.kind === 'unavailable');
      assert.ok(performance.now() - started < 2_000, 'refused after the pool wait, not at the client timeout');
      release();
      await busy;
      const after = await sql<{ n: number }>`select 3 as n`.execute(handle.db);
      assert.equal(after.rows[0]!.n, 3, 'the pool serves again once a connection is free');
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
