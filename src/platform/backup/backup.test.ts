import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseTarget } from '../config.ts';
import type { Db } from '../db/database.ts';
import { runTarina } from '../testing/run-tarina.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';
import { dumpVersionProblem, majorVersion, restoreVersionProblem } from './postgres-tools.ts';

/** Every table's rows, each table's in a stable order: what a restore must bring back exactly. */
async function everyTable(db: Db, engine: 'sqlite' | 'postgres'): Promise<Record<string, string[]>> {
  const names =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
          db,
        )
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const tables: Record<string, string[]> = {};
  for (const { name } of names.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    tables[name] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

/** Runs `tarina …` as an operator would. */
const tarina = (target: DatabaseTarget, args: string[]) => runTarina(target, args);

describe('backups: the restore drill on the engine under test', () => {
  let test: TestApp;
  let target: DatabaseTarget;
  let folder: string;
  // No jobs: a job's write between the backup and the comparison would not be the restore's doing.
  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    target = test.context.config.database;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-backup-'));
  });
  after(async () => {
    await test.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up while the app is open; after changes, a restore brings back every table as it was', async () => {
    const file = path.join(folder, 'drill.backup');
    const backedUp = await everyTable(test.context.db, test.engine);
    await backupDatabase(target, file);
    assert.ok(Object.keys(backedUp).length > 20, 'the demo has many tables');
    assert.ok((backedUp.organisations?.length ?? 0) > 0);
    const db = test.context.db;
    await sql`update organisations set slug = slug || ${'-muutettu'}`.execute(db);
    await sql`delete from organisation_hosts`.execute(db);
    assert.notDeepEqual(await everyTable(db, test.engine), backedUp);
    assert.deepEqual(await restoreDatabase(target, file), [], 'a backup of this version needs no migration');
    // Read through the app's own open connection: the restore replaced the data under it.
    assert.deepEqual(await everyTable(db, test.engine), backedUp);
  });

  it('refuses a damaged backup, a file that is none and the other engine’s backup, and changes nothing', async () => {
    const good = path.join(folder, 'good.backup');
    await backupDatabase(target, good);
    const now = await everyTable(test.context.db, test.engine);
    const bytes = fs.readFileSync(good);
    const truncated = path.join(folder, 'truncated.backup');
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await assert.rejects(
      restoreDatabase(target, truncated),
      (error: Error) => error instanceof BackupError && /damaged|cannot be read/.test(error.message),
    );
    const text = path.join(folder, 'notes.txt');
    fs.writeFileSync(text, 'not a backup at all\n');
    await assert.rejects(restoreDatabase(target, text), /is not an? (SQLite|PostgreSQL) backup/);
    const other = path.join(folder, 'other-engine.backup');
    fs.writeFileSync(other, test.engine === 'sqlite' ? 'PGDMP\u0001\u000e\u0000' : 'SQLite format 3\u0000 and more');
    await assert.rejects(restoreDatabase(target, other), test.engine === 'sqlite' ? /is a PostgreSQL backup/ : /is an SQLite backup/);
    await assert.rejects(restoreDatabase(target, path.join(folder, 'missing.backup')), /There is no backup file/);
    assert.deepEqual(await everyTable(test.context.db, test.engine), now);
  });

  it('refuses a backup made by a newer Tarina (a migration unknown here) before touching the database', async () => {
    const future = '29991231T235959-from-the-future';
    const newer = path.join(folder, 'newer.backup');
    await sql`insert into kysely_migration (name, timestamp) values (${future}, ${new Date().toISOString()})`.execute(test.context.db);
    await backupDatabase(target, newer);
    await sql`delete from kysely_migration where name = ${future}`.execute(test.context.db);
    await sql`update organisations set slug = slug || ${'-ennen'}`.execute(test.context.db);
    const now = await everyTable(test.context.db, test.engine);
    await assert.rejects(
      restoreDatabase(target, newer),
      /made by a newer version of Tarina: its migrations 29991231T235959-from-the-future/,
    );
    assert.deepEqual(await everyTable(test.context.db, test.engine), now);
  });

  it('runs as `tarina backup FILE` and `tarina restore FILE`; a missing file is exit 1 with a message', async () => {
    const file = path.join(folder, 'command-line.backup');
    const backedUp = await everyTable(test.context.db, test.engine);
    const backup = await tarina(target, ['backup', file]);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /Backed up the (SQLite|PostgreSQL) database to /);
    await sql`delete from organisation_hosts`.execute(test.context.db);
    const restore = await tarina(target, ['restore', file]);
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /Restored the (SQLite|PostgreSQL) database from /);
    assert.deepEqual(await everyTable(test.context.db, test.engine), backedUp);
    const missing = await tarina(target, ['restore', path.join(folder, 'nowhere.backup')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /There is no backup file/);
    assert.equal((await tarina(target, ['backup'])).code, 2);
  });
});

describe('backups: PostgreSQL client and server versions', () => {
  it('reads the major version from the programs and the server', () => {
    assert.equal(majorVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)'), 15);
    assert.equal(majorVersion('16.4'), 16);
    assert.equal(majorVersion('no version'), undefined);
  });

  it('backs up a server with a client of its version or newer, and says what to install otherwise', () => {
    assert.equal(dumpVersionProblem(15, 15), undefined);
    assert.equal(dumpVersionProblem(17, 15), undefined);
    assert.match(dumpVersionProblem(15, 16) ?? '', /pg_dump 15 cannot back up a PostgreSQL 16 server: install .* postgresql-client-16/);
  });

  it('restores into the same or a newer server, with a pg_restore as new as the pg_dump that wrote the file', () => {
    assert.equal(restoreVersionProblem({ dumpedFrom: 15, dumpedBy: 15, restoreClient: 15, server: 15 }), undefined);
    assert.equal(restoreVersionProblem({ dumpedFrom: 14, dumpedBy: 15, restoreClient: 16, server: 16 }), undefined);
    assert.match(
      restoreVersionProblem({ dumpedFrom: 16, dumpedBy: 16, restoreClient: 16, server: 15 }) ?? '',
      /PostgreSQL 16 database .* older PostgreSQL 15/,
    );
    assert.match(
      restoreVersionProblem({ dumpedFrom: 15, dumpedBy: 17, restoreClient: 15, server: 15 }) ?? '',
      /pg_dump 17; pg_restore 15 cannot read it/,
    );
  });
});
