import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { CONTRIBUTIONS_PER_INSERT, type ContributionInput, deleteContribution, recordContribution, recordContributions } from './index.ts';

/** Counts the statements a database handle runs. */
function statementCounter() {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      count += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { plugin, count: () => count };
}

describe('recording contributions in bulk', () => {
  let test: TestApp;
  let organisationId: string;
  let processId: string;
  const now = new Date('2013-04-02T09:00:00.000Z');

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId as string;
    processId = test.demo.processId as string;
  });
  after(() => test.close());

  const input = (sourceId: string, text: string, extra: Partial<ContributionInput> = {}): ContributionInput => ({
    organisationId,
    processId,
    channel: 'idea',
    sourceType: 'bulk_test',
    sourceId,
    authorUserId: null,
    participantKey: `p-${sourceId}`,
    language: 'fi',
    text,
    metadata: { n: sourceId },
    ...extra,
  });

  const stored = (sourceType = 'bulk_test') =>
    test.context.db
      .selectFrom('contributions')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('source_type', '=', sourceType)
      .orderBy('source_id')
      .execute();

  it('stores more than one batch with one multi-row insert per batch', async () => {
    const total = 2 * CONTRIBUTIONS_PER_INSERT + 7;
    const inputs = Array.from({ length: total }, (_, index) => input(String(index).padStart(6, '0'), ` Ääni ${index} `));
    const counter = statementCounter();
    await test.context.db.transaction().execute((trx) => recordContributions(trx.withPlugin(counter.plugin), inputs, now));
    assert.equal(counter.count(), 3, 'three batches, three statements');
    const rows = await stored();
    assert.equal(rows.length, total);
    assert.equal(rows[0]?.text, 'Ääni 0', 'text is trimmed as recordContribution trims it');
    assert.deepEqual(JSON.parse(rows[5]?.metadata ?? '{}'), { n: '000005' });
    assert.ok(rows.every((row) => row.created_at === now.toISOString() && row.hidden === 0 && row.channel === 'idea'));
    await deleteContribution(test.context.db, organisationId, 'bulk_test', '000000');
    assert.equal((await stored()).length, total - 1);
    await test.context.db.deleteFrom('contributions').where('source_type', '=', 'bulk_test').execute();
  });

  it('updates, removes and keeps moderation exactly as recordContribution one by one does', async () => {
    const later = new Date('2013-04-03T09:00:00.000Z');
    const first = [input('a', 'Alku'), input('b', 'Toinen'), input('c', 'Kolmas')];
    const second = [input('a', 'Muutettu', { language: 'sv' }), input('b', '  '), input('d', 'Uusi'), input('d', 'Uusin')];
    await recordContributions(test.context.db, first, now);
    await test.context.db.updateTable('contributions').set({ hidden: 1 }).where('source_id', '=', 'c').execute();
    await recordContributions(test.context.db, [...second, input('c', 'Piilotettu muutos')], later);
    const bulk = await stored();

    for (const one of first) await recordContribution(test.context.db, { ...one, sourceType: 'single_test' }, now);
    await test.context.db
      .updateTable('contributions')
      .set({ hidden: 1 })
      .where('source_type', '=', 'single_test')
      .where('source_id', '=', 'c')
      .execute();
    for (const one of [...second, input('c', 'Piilotettu muutos')])
      await recordContribution(test.context.db, { ...one, sourceType: 'single_test' }, later);
    const single = await stored('single_test');

    const shape = (rows: typeof bulk) =>
      rows.map((row) => ({
        source: row.source_id,
        text: row.text,
        language: row.language,
        hidden: row.hidden,
        created: row.created_at,
        updated: row.updated_at,
      }));
    assert.deepEqual(shape(bulk), shape(single));
    assert.deepEqual(
      shape(bulk).map((row) => [row.source, row.text, row.hidden]),
      [
        ['a', 'Muutettu', 0],
        ['c', 'Piilotettu muutos', 1],
        ['d', 'Uusin', 0],
      ],
    );
    assert.equal(bulk[0]?.created_at, now.toISOString(), 'an update keeps the first time');
    assert.equal(bulk[0]?.updated_at, later.toISOString());
  });

  it('stamps each contribution with its own time when one is given', async () => {
    const at = new Date('2013-01-15T12:00:00.000Z');
    await recordContributions(test.context.db, [{ ...input('t1', 'Aikaleima', { sourceType: 'timed_test' }), at }], now);
    const [row] = await stored('timed_test');
    assert.equal(row?.created_at, at.toISOString());
  });
});
