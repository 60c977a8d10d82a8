/**
 * Loads the demo once per test run and copies it for each test file.
 *
 * Seeding the whole Rauma demo takes seconds, and most test files start from it. When
 * `npm test` runs, it sets TARINA_TEST_TEMPLATES to a folder of its own: the first test
 * process that needs the demo for a given engine, clock instant and environment seeds a
 * template database and writes the demo state beside it; every later test file gets a copy
 * (a file copy on SQLite, `create database … template …` on PostgreSQL). Without the
 * variable (a test file run on its own) every file seeds its own demo, as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { newToken } from '../db/ids.ts';
import type { DemoState } from '../module.ts';
import { testEngine, testPostgresUrl } from './test-database.ts';

const WAIT_FOR_OTHER_BUILDER_MS = 180_000;

interface TemplateRecord {
  target: DatabaseTarget;
  demo: DemoState;
}

/** The folder `npm test` made for this run's templates, or undefined outside it. */
export function templateFolder(): string | undefined {
  const folder = process.env.TARINA_TEST_TEMPLATES;
  return folder && fs.existsSync(folder) ? folder : undefined;
}

/** Names the PostgreSQL template databases of one run, so that the run can drop them. */
export function templateDatabasePrefix(folder: string): string {
  return `tarina_tmpl_${createHash('sha256').update(folder).digest('hex').slice(0, 10)}_`;
}

/**
 * The template for `key`: built by `build` into a fresh database when no process of this
 * run has built it yet; waited for when another process is building it.
 */
export async function demoTemplate(
  folder: string,
  key: string,
  build: (target: DatabaseTarget) => Promise<DemoState>,
): Promise<TemplateRecord> {
  const name = createHash('sha256').update(`${testEngine()}\n${key}`).digest('hex').slice(0, 16);
  const recordFile = path.join(folder, `${name}.json`);
  const lockFile = path.join(folder, `${name}.lock`);
  const existing = readRecord(recordFile);
  if (existing) return existing;
  let lock: number | undefined;
  try {
    lock = fs.openSync(lockFile, 'wx');
  } catch {
    return waitForRecord(recordFile);
  }
  try {
    const target = await createTemplateTarget(folder, name);
    const demo = await build(target);
    const partial = `${recordFile}.${process.pid}`;
    fs.writeFileSync(partial, JSON.stringify({ target, demo } satisfies TemplateRecord));
    fs.renameSync(partial, recordFile);
    return { target, demo };
  } catch (error) {
    // Let a later process try again rather than wait for a template that never comes.
    fs.rmSync(lockFile, { force: true });
    throw error;
  } finally {
    fs.closeSync(lock);
  }
}

/** A new database of the engine under test holding a copy of the template. */
export async function copyTemplate(template: TemplateRecord): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (template.target.kind === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(path.dirname(template.target.path), 'copy-'));
    const file = path.join(folder, 'test.db');
    fs.copyFileSync(template.target.path, file);
    return { target: { kind: 'sqlite', path: file }, drop: async () => fs.rmSync(folder, { recursive: true, force: true }) };
  }
  const source = new URL(template.target.url).pathname.slice(1);
  const name = `tarina_test_${newToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  try {
    // Two copies started at the same instant can see each other as users of the template.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`create database ${name} template ${source}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
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

/** Drops the PostgreSQL templates a run made (SQLite templates go with the folder). */
export async function dropTemplates(folder: string): Promise<void> {
  const prefix = templateDatabasePrefix(folder);
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`]);
    for (const row of rows) await client.query(`drop database if exists ${row.datname} with (force)`);
  } finally {
    await client.end();
  }
}

async function createTemplateTarget(folder: string, name: string): Promise<DatabaseTarget> {
  if (testEngine() === 'sqlite') return { kind: 'sqlite', path: path.join(folder, `${name}.db`) };
  const database = `${templateDatabasePrefix(folder)}${name}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  return { kind: 'postgres', url: testPostgresUrl(database) };
}

function readRecord(file: string): TemplateRecord | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TemplateRecord;
}

async function waitForRecord(file: string): Promise<TemplateRecord> {
  const deadline = Date.now() + WAIT_FOR_OTHER_BUILDER_MS;
  const lockFile = file.replace(/\.json$/, '.lock');
  while (Date.now() < deadline) {
    const record = readRecord(file);
    if (record) return record;
    if (!fs.existsSync(lockFile)) throw new Error('the process building the demo template gave up; see its error');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no demo template after ${WAIT_FOR_OTHER_BUILDER_MS / 1000} s`);
}
