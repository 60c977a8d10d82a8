import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Refusal } from '../domain/refusal.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngine } from '../testing/test-database.ts';
import {
  inGroupCommit,
  inGroupCommitCombined,
  inGroupCommitWhenSerial,
  MAX_WAITING,
  type Outcome,
  type Trx,
  whileClientWaits,
} from './group-commit.ts';

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

  it('leaves out, unstarted, the waiting pieces whose clients have gone, and writes the rest', async () => {
    const db = test.context.db;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first piece holds the key's queue, so the next three wait behind it.
    const first = inGroupCommit(db, 'event-gone', async (trx) => {
      await held;
      await sql`insert into group_commit_probe (id, batch) values ('g-first', 'gone')`.execute(trx);
    });
    await new Promise((resolve) => setImmediate(resolve));
    const clients = ['g-stays', 'g-leaves', 'g-stays-too'].map((id) => ({ id, controller: new AbortController() }));
    const waiting = clients.map(({ id, controller }) =>
      whileClientWaits(controller.signal, () =>
        inGroupCommit(db, 'event-gone', async (trx) => {
          await sql`insert into group_commit_probe (id, batch) values (${id}, 'gone')`.execute(trx);
          return id;
        }),
      ),
    );
    clients[1]?.controller.abort();
    release();
    await first;
    const results = await Promise.allSettled(waiting);
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const refusal = results[1]?.status === 'rejected' ? results[1].reason : null;
    assert.ok(refusal instanceof Refusal && refusal.kind === 'unavailable', 'refused as "not now" (503)');
    const ids = (await probeIds()).filter((id) => id.startsWith('g-'));
    assert.deepEqual(ids, ['g-first', 'g-stays', 'g-stays-too'], 'nothing written for the client that left');
  });

  it('refuses at once a piece that finds its key’s queue full, and takes the next one once the queue has room', async () => {
    const db = test.context.db;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = inGroupCommit(db, 'event-full', async () => {
      await held;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const queued = Array.from({ length: MAX_WAITING }, () => inGroupCommit(db, 'event-full', async () => 'served'));
    await assert.rejects(
      inGroupCommit(db, 'event-full', async () => 'one too many'),
      (error) => error instanceof Refusal && error.kind === 'unavailable',
    );
    release();
    await first;
    assert.ok((await Promise.all(queued)).every((value) => value === 'served'));
    assert.equal(await inGroupCommit(db, 'event-full', async () => 'room again'), 'room again');
  });

  it('decides neighbouring pieces of one kind in one call, in order, each with its own outcome; a failed call undoes only its run', async () => {
    const db = test.context.db;
    const runs: string[][] = [];
    const insertAll = async (trx: Trx, ids: string[]): Promise<Array<Outcome<string>>> => {
      runs.push(ids);
      if (ids.includes('boom')) {
        await sql`insert into group_commit_probe (id, batch) values ('before-boom', 'combined')`.execute(trx);
        throw new Error('the run failed after writing');
      }
      const kept = ids.filter((id) => !id.startsWith('no-'));
      for (const id of kept) await sql`insert into group_commit_probe (id, batch) values (${id}, 'combined')`.execute(trx);
      return ids.map((id) => (id.startsWith('no-') ? { ok: false, error: new Error(`${id} refused`) } : { ok: true, value: `kept ${id}` }));
    };
    const piece = (id: string) => inGroupCommitCombined(db, 'event-combined', { kind: 'probe', input: id, runAll: insertAll });
    const results = await Promise.allSettled([
      piece('k1'),
      piece('no-k2'),
      piece('k3'),
      inGroupCommit(db, 'event-combined', async (trx) => {
        await sql`insert into group_commit_probe (id, batch) values ('plain', 'combined')`.execute(trx);
        return 'plain';
      }),
      piece('boom'),
      piece('k5'),
    ]);
    assert.deepEqual(
      runs,
      [
        ['k1', 'no-k2', 'k3'],
        ['boom', 'k5'],
      ],
      'neighbours of a kind run together; a plain piece ends the run',
    );
    assert.deepEqual(
      results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message)),
      ['kept k1', 'no-k2 refused', 'kept k3', 'plain', 'the run failed after writing', 'the run failed after writing'],
    );
    const kept = await sql<{ id: string }>`select id from group_commit_probe where batch = 'combined' order by id`.execute(db);
    assert.deepEqual(
      kept.rows.map((row) => row.id),
      ['k1', 'k3', 'plain'],
    );
  });

  it('on a serial database, lets the pieces that come just after a crowded commit share the next one; on PostgreSQL each runs at once', async () => {
    const db = test.context.db;
    const piece = (transactions: Trx[]) =>
      inGroupCommit(db, 'event-gather', async (trx) => {
        transactions.push(trx);
      });
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    let shared = 0;
    for (let round = 0; round < 5; round += 1) {
      const transactions: Trx[] = [];
      // A crowd of two shares a commit; two more come in later turns of the event loop, one after the other.
      await Promise.all([piece(transactions), piece(transactions)]);
      await nextTurn();
      const third = piece(transactions);
      await nextTurn();
      const fourth = piece(transactions);
      await Promise.all([third, fourth]);
      assert.equal(transactions[0], transactions[1], 'the crowd shared one transaction');
      if (transactions[2] === transactions[3]) shared += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Timing on a busy machine may let one slip past the pause; without it none would share.
    if (testEngine() === 'sqlite')
      assert.ok(shared >= 3, `the two that came during the pause shared the next commit in ${shared} of 5 rounds`);
    else assert.equal(shared, 0, 'PostgreSQL commits in parallel and does not pause');
  });

  it('does not start a use case whose client has already gone', async () => {
    const gone = new AbortController();
    gone.abort();
    let started = false;
    await assert.rejects(
      whileClientWaits(gone.signal, async () => {
        started = true;
      }),
      (error) => error instanceof Refusal && error.kind === 'unavailable',
    );
    assert.equal(started, false);
    assert.equal(await whileClientWaits(new AbortController().signal, async () => 'started'), 'started');
  });
});
