import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { inGroupCommit, inGroupCommitWhenSerial, type Trx } from './group-commit.ts';

describe('group commit: small writes under one key share a transaction and a commit', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: false });
    await sql`create table group_commit_probe (id text primary key, batch text not null)`.execute(test.context.db);
  });
  after(() => test.close());

  const probeIds = async () =>
    (await sql<{ id: string }>`select id from group_commit_probe order by id`.execute(test.context.db)).rows.map((row) => row.id);

  it('undoes only the piece that failed: the others that arrived with it are committed and answered', async () => {
    const db = test.context.db;
    const insert = (id: string) => (trx: Trx) => sql`insert into group_commit_probe (id, batch) values (${id}, 'one')`.execute(trx);
    const results = await Promise.allSettled([
      inGroupCommit(db, 'event-1', async (trx) => {
        await insert('a')(trx);
        return 'a';
      }),
      inGroupCommit(db, 'event-1', async (trx) => {
        await insert('b')(trx);
        throw new Error('b changed its mind after writing');
      }),
      // The same key as a row already written in this transaction: the database refuses it, the piece alone fails.
      inGroupCommit(db, 'event-1', async (trx) => {
        await insert('a')(trx);
        return 'a again';
      }),
      inGroupCommit(db, 'event-1', async (trx) => {
        await insert('c')(trx);
        return 'c';
      }),
    ]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(
      results.map((result) => (result.status === 'fulfilled' ? result.value : null)),
      ['a', null, null, 'c'],
    );
    assert.deepEqual(await probeIds(), ['a', 'c']);
  });
  it('runs a piece that arrives alone in a transaction of its own: committed when it succeeds, nothing kept when it fails', async () => {
    const db = test.context.db;
    const statements: string[] = [];
    const alone = await inGroupCommit(db, 'event-2', async (trx) => {
      await sql`insert into group_commit_probe (id, batch) values ('alone', 'two')`.execute(trx);
      return 'alone';
    });
    assert.equal(alone, 'alone');
    await assert.rejects(
      inGroupCommit(db, 'event-2', async (trx) => {
        await sql`insert into group_commit_probe (id, batch) values ('regretted', 'two')`.execute(trx);
        statements.push('inserted');
        throw new Error('changed its mind');
      }),
      /changed its mind/,
    );
    assert.deepEqual(statements, ['inserted']);
    const ids = await probeIds();
    assert.ok(ids.includes('alone'));
    assert.ok(!ids.includes('regretted'), 'the failed piece left nothing');
  });
  it('runs writes that share no lock grouped where the database is serial and apart where it is not, with the same outcome', async () => {
    const db = test.context.db;
    const results = await Promise.allSettled(
      ['p1', 'p2', 'p3'].map((id) =>
        inGroupCommitWhenSerial(db, 'survey-1', async (trx) => {
          await sql`insert into group_commit_probe (id, batch) values (${id}, 'three')`.execute(trx);
          if (id === 'p2') throw new Error('p2 failed after writing');
          return id;
        }),
      ),
    );
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const ids = await probeIds();
    assert.ok(ids.includes('p1') && ids.includes('p3'));
    assert.ok(!ids.includes('p2'), 'the failed write left nothing');
  });
});
