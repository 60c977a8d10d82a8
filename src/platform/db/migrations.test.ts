import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Migrator } from 'kysely';
import { createTestDatabase } from '../testing/test-database.ts';
import { openDatabase } from './database.ts';
import { ModuleMigrationProvider, migrateToLatest } from './migrate.ts';
import { freezeMigrations, listMigrationFiles, readMigrationLock, sha256File } from './migration-lock.ts';

describe('migrations', () => {
  it('are named by timestamp and frozen: none changed since it was locked, none unlocked', () => {
    const lock = readMigrationLock();
    for (const file of listMigrationFiles()) {
      assert.match(file.name, /^\d{8}T\d{6}-[a-z0-9-]+$/, `${file.name} was not made by npm run migration:new`);
      assert.ok(lock[file.name], `${file.name} is not frozen yet: run npm run migrations:freeze`);
      assert.equal(sha256File(file.path), lock[file.name], `${file.name} changed after it was frozen: write a new migration`);
    }
  });

  it('freeze: adds new ones, freezes again one edited before it landed, refuses one edited after', () => {
    const lock = { '20260101T000000-a': 'aaa', '20260102T000000-b': 'bbb' };
    const committed = { '20260101T000000-a': 'aaa' };
    const files = [
      { name: '20260101T000000-a', digest: 'aaa' },
      { name: '20260102T000000-b', digest: 'bbb2' },
      { name: '20260103T000000-c', digest: 'ccc' },
    ];
    const outcome = freezeMigrations(lock, committed, files);
    assert.deepEqual(outcome.added, ['20260103T000000-c']);
    assert.deepEqual(outcome.refrozen, ['20260102T000000-b']);
    assert.deepEqual(outcome.refused, []);
    assert.deepEqual(outcome.lock, { '20260101T000000-a': 'aaa', '20260102T000000-b': 'bbb2', '20260103T000000-c': 'ccc' });
    const landed = freezeMigrations(lock, committed, [{ name: '20260101T000000-a', digest: 'edited' }]);
    assert.deepEqual(landed.refused, ['20260101T000000-a']);
    assert.equal(landed.lock['20260101T000000-a'], 'aaa', 'a landed migration keeps its digest');
    // When git cannot tell what landed, every frozen migration counts as landed.
    assert.deepEqual(freezeMigrations(lock, null, files).refused, ['20260102T000000-b']);
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
