import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { sharedRead } from './shared-read.ts';

describe('reads that arrive together share one query, and the next one reads afresh', () => {
  let test: TestApp;
  let other: TestApp;
  before(async () => {
    test = await startTestApp({ demo: false });
    other = await startTestApp({ demo: false });
  });
  after(async () => {
    await test.close();
    await other.close();
  });

  const countOrganisations = (app: TestApp) => async () => {
    const row = await app.context.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { n: Number(row.n) };
  };

  it('runs one query for fifty callers at once, all get the same answer; a caller after it ends runs a new one', async () => {
    test.queries.reset();
    const answers = await Promise.all(Array.from({ length: 50 }, () => sharedRead(test.context.db, 'count', countOrganisations(test))));
    assert.equal(test.queries.count, 1, 'one statement for the fifty');
    assert.ok(
      answers.every((answer) => answer === answers[0]),
      'the same answer to each',
    );
    await new Promise((resolve) => setImmediate(resolve));
    await sharedRead(test.context.db, 'count', countOrganisations(test));
    assert.equal(test.queries.count, 2, 'nothing is kept once the read has ended and its turn of the event loop is over');
  });

  it('shares a read that ended in this turn of the event loop with callers of the same turn, and with none after it', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return { reads };
    };
    const first = await sharedRead(test.context.db, 'turn', read);
    const again = await sharedRead(test.context.db, 'turn', read);
    assert.equal(reads, 1, 'a caller of the same turn gets the answer just read');
    assert.equal(again, first);
    await new Promise((resolve) => setImmediate(resolve));
    const next = await sharedRead(test.context.db, 'turn', read);
    assert.equal(reads, 2, 'the next turn reads afresh');
    assert.deepEqual(next, { reads: 2 });
  });

  it('keeps different keys and different databases apart', async () => {
    test.queries.reset();
    other.queries.reset();
    await Promise.all([
      sharedRead(test.context.db, 'a', countOrganisations(test)),
      sharedRead(test.context.db, 'b', countOrganisations(test)),
      sharedRead(other.context.db, 'a', countOrganisations(other)),
    ]);
    assert.equal(test.queries.count, 2);
    assert.equal(other.queries.count, 1);
  });

  it('gives a failure to every caller waiting on it, and the next caller tries again', async () => {
    let attempts = 0;
    const failing = async () => {
      attempts += 1;
      throw new Error('the database is away');
    };
    const results = await Promise.allSettled([sharedRead(test.context.db, 'fail', failing), sharedRead(test.context.db, 'fail', failing)]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['rejected', 'rejected'],
    );
    assert.equal(attempts, 1);
    await assert.rejects(sharedRead(test.context.db, 'fail', failing));
    assert.equal(attempts, 2);
  });
});
