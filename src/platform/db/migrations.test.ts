import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Migrator } from 'kysely';
import { createTestDatabase } from '../testing/test-database.ts';
import { openDatabase } from './database.ts';
import { ModuleMigrationProvider, migrateToLatest } from './migrate.ts';
import { listMigrationFiles, readMigrationLock, sha256File } from './migration-lock.ts';

describe('migrations', () => {
  it('are named by timestamp and frozen: none changed since it was locked, none unlocked', () => {
    const lock = readMigrationLock();
    for (const file of listMigrationFiles()) {
      assert.match(file.name, /^\d{8}T\d{6}-[a-z0-9-]+$/, `${file.name} was not made by npm run migration:new`);
      assert.ok(lock[file.name], `${file.name} is not frozen yet: run npm run migrations:freeze`);
      assert.equal(sha256File(file.path), lock[file.name], `${file.name} changed after it was frozen: write a new migration`);
    }
  });

  it('apply to an empty database, roll all the way down and apply again', async () => {
    const database = await createTestDatabase();
    const handle = openDatabase(database.target, { poolSize: 2 });
    try {
      const applied = await migrateToLatest(handle.db);
      assert.equal(applied.length, listMigrationFiles().length);
      const migrator = new Migrator({ db: handle.db, provider: new ModuleMigrationProvider() });
      for (let step = 0; step < applied.length; step += 1) {
        const { error } = await migrator.migrateDown();
        assert.equal(error, undefined);
      }
      assert.equal((await migrateToLatest(handle.db)).length, applied.length);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
