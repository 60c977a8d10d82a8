/**
 * The PostgreSQL client programs a backup needs (pg_dump, pg_restore, psql from the
 * postgresql-client package) and the version rules between them and the server.
 */
import { spawn } from 'node:child_process';
import { BackupError } from './backup-error.ts';

/** What a client program wrote and how it ended. */
export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a PostgreSQL client program; a missing program is a BackupError that says what to install. */
export function runTool(program: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${program} was not found: install PostgreSQL's client programs (Debian: apt-get install postgresql-client).`)
          : error,
      ),
    );
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

/** The major version in a version text such as "pg_dump (PostgreSQL) 15.20 (Debian …)" or "15.20". */
export function majorVersion(text: string): number | undefined {
  const match = /(\d+)\.\d+/.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The client program's major version, from `program --version`. */
export async function clientMajorVersion(program: string): Promise<number> {
  const result = await runTool(program, ['--version']);
  const major = majorVersion(result.stdout);
  if (result.code !== 0 || major === undefined) throw new BackupError(`${program} --version did not answer: ${result.stderr.trim()}`);
  return major;
}

/**
 * pg_dump reads servers of its own major version and older ones only: a newer server needs a
 * newer client. Undefined when the pair works, else the message for the operator.
 */
export function dumpVersionProblem(client: number, server: number): string | undefined {
  if (client >= server) return undefined;
  return `pg_dump ${client} cannot back up a PostgreSQL ${server} server: install the client programs of version ${server} or newer (Debian: postgresql-client-${server}).`;
}

/**
 * A backup restores into a server of the version it was made from or a newer one, read by a
 * pg_restore at least as new as the pg_dump that wrote it. Undefined when that holds.
 */
export function restoreVersionProblem(versions: {
  dumpedFrom: number;
  dumpedBy: number;
  restoreClient: number;
  server: number;
}): string | undefined {
  if (versions.server < versions.dumpedFrom) {
    return `The backup is of a PostgreSQL ${versions.dumpedFrom} database and cannot be restored into the older PostgreSQL ${versions.server} server.`;
  }
  if (versions.restoreClient < versions.dumpedBy) {
    return `The backup was written by pg_dump ${versions.dumpedBy}; pg_restore ${versions.restoreClient} cannot read it: install the client programs of version ${versions.dumpedBy} or newer.`;
  }
  return undefined;
}
