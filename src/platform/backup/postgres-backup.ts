/**
 * PostgreSQL backups: pg_dump's custom format, restored by pg_restore into one SQL script that
 * psql runs in a single transaction after emptying the schema, so a restore that fails halfway
 * leaves the database as it was. The client programs' versions are checked against the server
 * first, so a mismatch is a clear message rather than pg_dump's own refusal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { BackupError } from './backup-error.ts';
import { checkBackupMigrations } from './migrations-check.ts';
import { clientMajorVersion, dumpVersionProblem, majorVersion, restoreVersionProblem, runTool } from './postgres-tools.ts';

const CUSTOM_FORMAT_MAGIC = 'PGDMP';

/** Whether a file starts like a pg_dump custom-format archive. */
export function looksLikePostgresArchive(file: string): boolean {
  const handle = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(CUSTOM_FORMAT_MAGIC.length);
    fs.readSync(handle, header, 0, header.length, 0);
    return header.toString('latin1') === CUSTOM_FORMAT_MAGIC;
  } finally {
    fs.closeSync(handle);
  }
}

/** The connection for the client programs: the URL without its password, which goes in PGPASSWORD (not on a command line others can list). */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("select current_setting('server_version') as version");
    const major = majorVersion(rows[0]?.version ?? '');
    if (major === undefined) throw new BackupError(`The server's version ${rows[0]?.version} was not understood.`);
    return major;
  } finally {
    await client.end();
  }
}

/** Writes the database at `url` to `file` in pg_dump's custom format. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  const problem = dumpVersionProblem(await clientMajorVersion('pg_dump'), await serverMajorVersion(url));
  if (problem) throw new BackupError(problem);
  const { dbname, env } = connectionFor(url);
  const partial = `${file}.partial-${process.pid}`;
  const result = await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`], {
    env,
  });
  if (result.code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`pg_dump failed: ${result.stderr.trim()}`);
  }
  fs.renameSync(partial, file);
}

/** The versions an archive names in its table of contents. */
export async function readArchiveVersions(file: string): Promise<{ dumpedFrom: number; dumpedBy: number }> {
  if (!looksLikePostgresArchive(file))
    throw new BackupError(`${path.basename(file)} is not a PostgreSQL backup (pg_dump's custom format).`);
  const listed = await runTool('pg_restore', ['--list', file]);
  if (listed.code !== 0) {
    if (/unsupported version/.test(listed.stderr)) {
      throw new BackupError(`The backup was written by a newer pg_dump than this pg_restore can read: ${listed.stderr.trim()}`);
    }
    throw new BackupError(`The backup is damaged: ${listed.stderr.trim()}`);
  }
  const dumpedFrom = majorVersion(/Dumped from database version: (\S+)/.exec(listed.stdout)?.[1] ?? '');
  const dumpedBy = majorVersion(/Dumped by pg_dump version: (\S+)/.exec(listed.stdout)?.[1] ?? '');
  if (dumpedFrom === undefined || dumpedBy === undefined)
    throw new BackupError('The backup does not say which PostgreSQL versions made it.');
  return { dumpedFrom, dumpedBy };
}

/** The migration names in a restore script's copy of kysely_migration. */
async function migrationsInScript(script: string): Promise<string[]> {
  const names: string[] = [];
  let inside = false;
  const lines = readline.createInterface({ input: fs.createReadStream(script, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!inside) {
      inside = line.startsWith('COPY public.kysely_migration ');
    } else if (line === '\\.') {
      lines.close();
      break;
    } else {
      names.push(line.split('\t')[0] ?? '');
    }
  }
  return names;
}

/**
 * Replaces the database at `url` with the backup in `file`. Every check comes first: the
 * versions, the whole archive read into a script (a damaged file fails here), the backup's
 * migrations; only then is the schema emptied and refilled, in one transaction.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  const versions = await readArchiveVersions(file);
  const problem = restoreVersionProblem({
    ...versions,
    restoreClient: await clientMajorVersion('pg_restore'),
    server: await serverMajorVersion(url),
  });
  if (problem) throw new BackupError(problem);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-restore-'));
  try {
    const script = path.join(folder, 'restore.sql');
    const written = await runTool('pg_restore', ['--no-owner', '--no-privileges', `--file=${script}`, file]);
    if (written.code !== 0) throw new BackupError(`The backup is damaged: ${written.stderr.trim()}`);
    await checkBackupMigrations(await migrationsInScript(script));
    const empty = path.join(folder, 'empty.sql');
    fs.writeFileSync(empty, 'drop schema public cascade;\ncreate schema public;\n');
    const { dbname, env } = connectionFor(url);
    const restored = await runTool(
      'psql',
      [
        '--no-psqlrc',
        '--quiet',
        '--single-transaction',
        '--set=ON_ERROR_STOP=1',
        `--dbname=${dbname}`,
        `--file=${empty}`,
        `--file=${script}`,
      ],
      { env },
    );
    if (restored.code !== 0)
      throw new BackupError(`The restore failed and was undone; the database is as it was: ${restored.stderr.trim()}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
