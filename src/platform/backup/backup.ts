/**
 * `tarina backup FILE` and `tarina restore FILE`: one file holds the whole database of the
 * engine DATABASE_URL names (an SQLite database file, or pg_dump's custom format). A restore
 * checks the whole file before it touches the database, then brings the schema up to date
 * when the backup is older than the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { BackupError } from './backup-error.ts';
import { backupPostgres, looksLikePostgresArchive, restorePostgres } from './postgres-backup.ts';
import { backupSqlite, looksLikeSqlite, restoreSqlite } from './sqlite-backup.ts';

export { BackupError } from './backup-error.ts';

/** Writes a backup of the database to `file` (replaced only once the backup is complete). */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (!fs.existsSync(path.dirname(path.resolve(file)))) throw new BackupError(`The folder of ${file} does not exist.`);
  if (target.kind === 'sqlite') await backupSqlite(target.path, file);
  else await backupPostgres(target.url, file);
}

/** Replaces the database with the backup in `file`; returns the migrations applied after it, if it was older. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<string[]> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupError(`There is no backup file ${file}.`);
  const engine = target.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  if (target.kind === 'sqlite' && looksLikePostgresArchive(file)) {
    throw new BackupError(`${path.basename(file)} is a PostgreSQL backup; DATABASE_URL names an ${engine} database.`);
  }
  if (target.kind === 'postgres' && looksLikeSqlite(file)) {
    throw new BackupError(`${path.basename(file)} is an SQLite backup; DATABASE_URL names a ${engine} database.`);
  }
  if (target.kind === 'sqlite') await restoreSqlite(file, target.path);
  else await restorePostgres(file, target.url);
  const handle = openDatabase(target, { poolSize: 1 });
  try {
    return await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}
