import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
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
});
