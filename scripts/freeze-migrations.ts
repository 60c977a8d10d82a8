/**
 * Records the SHA-256 of every migration in src/platform/db/migrations.lock.json.
 * New migrations are added; one edited before it landed (not in the lock of git's
 * HEAD) is frozen again; a changed landed one is refused (write a new migration instead).
 */
import {
  committedMigrationLock,
  freezeMigrations,
  listMigrationFiles,
  readMigrationLock,
  sha256File,
  writeMigrationLock,
} from '../src/platform/db/migration-lock.ts';

const files = listMigrationFiles().map((file) => ({ name: file.name, digest: sha256File(file.path) }));
const outcome = freezeMigrations(readMigrationLock(), committedMigrationLock(), files);
if (outcome.refused.length > 0) {
  for (const name of outcome.refused) {
    console.error(`${name} changed after it was frozen and committed. Revert it and write a new migration instead.`);
  }
  process.exit(1);
}
writeMigrationLock(outcome.lock);
console.log(
  `${outcome.added.length} new migration(s) frozen${outcome.refrozen.length > 0 ? `; frozen again before landing: ${outcome.refrozen.join(', ')}` : ''}.`,
);
