import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseTarget } from '../config.ts';
import { runTarina } from '../testing/run-tarina.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { recordAudit, recordAuditMany } from './audit.ts';
import { verifyAuditChain } from './verify.ts';

/** Runs `tarina …` as an operator would. */
const tarina = (target: DatabaseTarget, args: string[]) => runTarina(target, args);

describe('the audit log hash chain', () => {
  let test: TestApp;
  let organisationId: string;
  const now = new Date('2026-12-07T12:00:00.000Z');
  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    organisationId = test.demo.organisationId as string;
  });
  after(() => test.close());

  const mine = async () => (await verifyAuditChain(test.context.db)).find((report) => report.organisationId === organisationId);
  const entryNumbered = (seq: number) =>
    test.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('chain_seq', '=', seq)
      .executeTakeFirstOrThrow();

  it('chains every entry, one by one, many at once and from concurrent writers, and the walk finds it intact', async () => {
    const { db } = test.context;
    const entry = (action: string, index: number) => ({
      organisationId,
      actorUserId: null,
      action,
      subjectType: 'thing',
      subjectId: `t${index}`,
      details: { index },
    });
    await recordAuditMany(
      db,
      Array.from({ length: 450 }, (_, index) => entry('test.chain.many', index)),
      now,
    );
    await Promise.all(Array.from({ length: 12 }, (_, index) => recordAudit(db, entry('test.chain.concurrent', index), now)));
    await db.transaction().execute(async (trx) => {
      await recordAudit(trx, entry('test.chain.transaction', 1), now);
      await recordAudit(trx, entry('test.chain.transaction', 2), now);
    });
    const report = await mine();
    assert.ok(report);
    assert.equal(report.broken, null);
    const total = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    assert.equal(report.chained, Number(total.count), 'every entry of the organisation is in the chain');
    assert.ok(report.chained >= 464);
    for (const other of await verifyAuditChain(db)) assert.equal(other.broken, null, `${other.organisationId} is intact`);
  });

  it('finds an entry whose content was changed, names it, and `tarina audit verify` exits 1', async () => {
    const { db } = test.context;
    const target = await entryNumbered(5);
    await db.updateTable('audit_log').set({ details: '{"tampered":true}' }).where('id', '=', target.id).execute();
    const report = await mine();
    assert.equal(report?.broken?.entryId, target.id);
    assert.equal(report?.broken?.seq, 5);
    assert.match(report?.broken?.reason ?? '', /content does not match its hash/);
    const command = await tarina(test.context.config.database, ['audit', 'verify']);
    assert.equal(command.code, 1, command.stderr);
    assert.match(command.stderr, new RegExp(`broken at entry ${target.id} \\(number 5\\)`));
    // Recomputing the tampered entry's own hash does not help: the next entry's previous hash no longer matches.
    const { auditRowHash } = await import('./audit.ts');
    const changed = await entryNumbered(5);
    await db
      .updateTable('audit_log')
      .set({ row_hash: auditRowHash({ ...changed, chain_seq: 5, prev_hash: changed.prev_hash ?? '' }) })
      .where('id', '=', target.id)
      .execute();
    const next = await entryNumbered(6);
    assert.equal((await mine())?.broken?.entryId, next.id);
    assert.match((await mine())?.broken?.reason ?? '', /previous hash does not match/);
    await db.updateTable('audit_log').set({ details: target.details, row_hash: target.row_hash }).where('id', '=', target.id).execute();
    assert.equal((await mine())?.broken, null, 'put back as it was, the chain holds again');
    const intact = await tarina(test.context.config.database, ['audit', 'verify']);
    assert.equal(intact.code, 0, intact.stderr);
    assert.match(intact.stdout, /entries chained, intact/);
  });

  it('finds a deleted entry, deleted last entries and an entry written outside the chain', async () => {
    const { db } = test.context;
    const middle = await entryNumbered(10);
    await db.deleteFrom('audit_log').where('id', '=', middle.id).execute();
    const gap = await mine();
    assert.equal(gap?.broken?.seq, 11);
    assert.match(gap?.broken?.reason ?? '', /entries 10 before it are missing/);
    await db.insertInto('audit_log').values(middle).execute();
    assert.equal((await mine())?.broken, null);

    const head = await db
      .selectFrom('audit_chain_heads')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const last = await entryNumbered(Number(head.seq));
    await db.deleteFrom('audit_log').where('id', '=', last.id).execute();
    assert.match((await mine())?.broken?.reason ?? '', /at the chain's end are missing/);
    await db.insertInto('audit_log').values(last).execute();

    await db
      .insertInto('audit_log')
      .values({ ...last, id: 'forged-entry', chain_seq: null, prev_hash: null, row_hash: null })
      .execute();
    assert.match((await mine())?.broken?.reason ?? '', /1 entries were written outside the chain/);
    // Entries written before the chain began (before its migration) are counted in the head, not hashed.
    await db.updateTable('audit_chain_heads').set({ unchained_before: 1 }).where('organisation_id', '=', organisationId).execute();
    const counted = await mine();
    assert.equal(counted?.broken, null);
    assert.equal(counted?.unchainedBefore, 1);
    const command = await tarina(test.context.config.database, ['audit', 'verify']);
    assert.equal(command.code, 0, command.stderr);
    assert.match(command.stdout, /1 entries written before the chain began .* are counted, not covered by it/);
  });
});
