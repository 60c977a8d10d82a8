import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lockPath = path.join(sourceRoot, 'platform', 'db', 'migrations.lock.json');

/** Every migration file of the platform and the modules, by name. */
export function listMigrationFiles(): Array<{ name: string; path: string }> {
  const folders = [path.join(sourceRoot, 'platform', 'migrations')];
  for (const entry of fs.readdirSync(path.join(sourceRoot, 'modules'), { withFileTypes: true })) {
    if (entry.isDirectory()) folders.push(path.join(sourceRoot, 'modules', entry.name, 'migrations'));
  }
  return folders
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) => fs.readdirSync(folder).map((file) => ({ name: file.replace(/\.ts$/, ''), path: path.join(folder, file) })))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The SHA-256 of a file's bytes. */
export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The frozen migrations: name → SHA-256. */
export function readMigrationLock(): Record<string, string> {
  return fs.existsSync(lockPath) ? (JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Record<string, string>) : {};
}

/** Writes the lock, sorted by name. */
export function writeMigrationLock(lock: Record<string, string>): void {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(lockPath, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * The lock as committed in git's HEAD (on main: what has landed), or null when
 * git cannot tell (no repository, no commit yet): then every entry counts as landed.
 */
export function committedMigrationLock(): Record<string, string> | null {
  try {
    const text = execFileSync('git', ['-C', sourceRoot, 'show', `HEAD:./${path.relative(sourceRoot, lockPath)}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return null;
  }
}

/** What freezing does to the lock: the new lock, and the names added, frozen again, or refused. */
export interface FreezeOutcome {
  lock: Record<string, string>;
  added: string[];
  refrozen: string[];
  refused: string[];
}

/**
 * Freezes every migration: a new one is added; one that changed is frozen again
 * only while its entry has not landed (it is not in the committed lock), since
 * no database outside this working copy can have run it; a landed one that
 * changed is refused (write a new migration instead).
 */
export function freezeMigrations(
  lock: Record<string, string>,
  committed: Record<string, string> | null,
  files: Array<{ name: string; digest: string }>,
): FreezeOutcome {
  const next = { ...lock };
  const outcome: FreezeOutcome = { lock: next, added: [], refrozen: [], refused: [] };
  for (const file of files) {
    const frozen = lock[file.name];
    if (!frozen) {
      next[file.name] = file.digest;
      outcome.added.push(file.name);
    } else if (frozen !== file.digest) {
      const landed = committed === null || committed[file.name] !== undefined;
      if (landed) outcome.refused.push(file.name);
      else {
        next[file.name] = file.digest;
        outcome.refrozen.push(file.name);
      }
    }
  }
  return outcome;
}
