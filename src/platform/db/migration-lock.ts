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
