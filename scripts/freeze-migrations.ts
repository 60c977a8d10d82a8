/**
 * Records the SHA-256 of every migration in src/platform/db/migrations.lock.json.
 * New migrations are added; a changed frozen one is refused (write a new migration instead).
 */
import { listMigrationFiles, readMigrationLock, sha256File, writeMigrationLock } from '../src/platform/db/migration-lock.ts';

const lock = readMigrationLock();
let added = 0;
for (const file of listMigrationFiles()) {
  const digest = sha256File(file.path);
  const frozen = lock[file.name];
  if (frozen && frozen !== digest) {
    console.error(`${file.name} changed after it was frozen. Revert it and write a new migration instead.`);
    process.exit(1);
  }
  if (!frozen) {
    lock[file.name] = digest;
    added += 1;
  }
}
writeMigrationLock(lock);
console.log(`${added} new migration(s) frozen.`);
