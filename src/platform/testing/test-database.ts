import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { newToken } from '../db/ids.ts';

/** The engine tests run on: TEST_DATABASE=postgres, or SQLite by default. */
export function testEngine(): 'sqlite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server tests create their throw-away databases on. */
export function testPostgresUrl(database = 'test'): string {
  const base = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh, empty database for one test file, and how to throw it away. */
export async function createTestDatabase(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (testEngine() === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-test-'));
    const file = path.join(folder, 'test.db');
    return { target: { kind: 'sqlite', path: file }, drop: async () => fs.rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `tarina_test_${newToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    target: { kind: 'postgres', url: testPostgresUrl(name) },
    drop: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
