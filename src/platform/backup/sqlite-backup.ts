/**
 * SQLite backups through SQLite's online backup API (better-sqlite3's `backup`): the copy is
 * consistent while the server keeps writing, and a restore copies the pages into the live file
 * under SQLite's own locks rather than replacing the file beneath open connections.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { BackupError } from './backup-error.ts';
import { checkBackupMigrations } from './migrations-check.ts';

const SQLITE_HEADER = 'SQLite format 3\0';

/** Whether a file starts like an SQLite database. */
export function looksLikeSqlite(file: string): boolean {
  const handle = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(handle, header, 0, header.length, 0);
    return header.toString('latin1') === SQLITE_HEADER;
  } finally {
    fs.closeSync(handle);
  }
}

/** Writes a consistent copy of the database at `databasePath` to `file` (a single file, no WAL beside it). */
export async function backupSqlite(databasePath: string, file: string): Promise<void> {
  if (!fs.existsSync(databasePath)) throw new BackupError(`There is no database at ${databasePath}.`);
  const partial = `${file}.partial-${process.pid}`;
  const source = new SqliteDatabase(databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } finally {
    source.close();
  }
  try {
    const copy = new SqliteDatabase(partial);
    try {
      // The copy inherits WAL mode; a backup should be one self-contained file.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The migrations applied in an SQLite backup; refuses a file that is not a sound SQLite database. */
export function readSqliteBackup(file: string): string[] {
  if (!looksLikeSqlite(file)) throw new BackupError(`${path.basename(file)} is not an SQLite backup.`);
  let backup: SqliteDatabase.Database | undefined;
  try {
    backup = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The backup is damaged: ${String(check)}`);
    const table = backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) return [];
    return (backup.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    backup?.close();
  }
}

/**
 * Replaces the database at `databasePath` with the backup in `file`, after checking the whole
 * backup: a damaged file or one from a newer Tarina is refused before the database is touched.
 */
export async function restoreSqlite(file: string, databasePath: string): Promise<void> {
  await checkBackupMigrations(readSqliteBackup(file));
  fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const backup = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(databasePath);
  } finally {
    backup.close();
  }
}
