import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildContext } from '../../../app.ts';
import { loadDemo } from '../../../demo.ts';
import { loadConfig } from '../../../platform/config.ts';
import { openDatabase } from '../../../platform/db/database.ts';
import { newToken } from '../../../platform/db/ids.ts';
import { migrateToLatest } from '../../../platform/db/migrate.ts';
import type { AppContext, DemoState } from '../../../platform/module.ts';
import { testPostgresUrl } from '../../../platform/testing/test-database.ts';

/** A migrated database of one engine with the demo loaded, and the context to work on it. */
export interface EngineUnderTest {
  engine: 'sqlite' | 'postgres';
  context: AppContext;
  demo: DemoState;
  close(): Promise<void>;
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tarina_both_${newToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: testPostgresUrl(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Opens SQLite and PostgreSQL side by side (whichever TEST_DATABASE says),
 * each migrated and with the demo, so one test can compare what the two
 * engines store and compute from the same input.
 */
export async function openBothEngines(): Promise<EngineUnderTest[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-both-'));
  const postgres = await createPostgresDatabase();
  const targets = [
    {
      engine: 'sqlite' as const,
      target: { kind: 'sqlite' as const, path: path.join(folder, 'test.db') },
      drop: async () => fs.rmSync(folder, { recursive: true, force: true }),
    },
    { engine: 'postgres' as const, target: { kind: 'postgres' as const, url: postgres.url }, drop: postgres.drop },
  ];
  const mailer = { send: async () => {}, close: () => {} };
  return Promise.all(
    targets.map(async ({ engine, target, drop }) => {
      const database = openDatabase(target, { poolSize: 3 });
      await migrateToLatest(database.db);
      const config = { ...loadConfig({ TARINA_DEMO: '1', LOG_LEVEL: 'silent' }), database: target };
      const context = buildContext({ config, database }, mailer);
      const demo = await loadDemo(context);
      return {
        engine,
        context,
        demo,
        close: async () => {
          await database.close();
          await drop();
        },
      };
    }),
  );
}
