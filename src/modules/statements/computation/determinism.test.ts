/**
 * The same votes and seed give byte-identical snapshots on SQLite and
 * PostgreSQL, and a stored snapshot can be recomputed from its own inputs.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importPolisConversation } from '../commands/import-polis-conversation.ts';
import { readPolisFolder } from '../csv/polis-files.ts';
import { computeOpinionGroups } from '../math/compute-opinion-groups.ts';
import { loadConversation } from '../math/test-support/polis-reference.ts';
import { type EngineUnderTest, openBothEngines } from '../test-support/both-engines.ts';
import { polisOpendataRoot } from '../test-support/polis-data.ts';
import { type ComputationInputs, sha256, toOpinionGroupsInput } from './computation-inputs.ts';
import { OPINION_GROUPS_SEED, recomputeOpinionGroups } from './recompute-opinion-groups.ts';

async function latestRow(engine: EngineUnderTest, channelId: string) {
  return engine.context.db
    .selectFrom('statement_snapshots')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('computed_at', 'desc')
    .executeTakeFirstOrThrow();
}

describe('deterministic snapshots on both engines', () => {
  let engines: EngineUnderTest[];

  before(async () => {
    engines = await openBothEngines();
  });
  after(async () => {
    for (const engine of engines) await engine.close();
  });

  it('computes the demo channel to the same bytes on SQLite and PostgreSQL', async (t) => {
    const rows = await Promise.all(engines.map((engine) => latestRow(engine, engine.demo.statementChannelId as string)));
    const [sqlite, postgres] = rows as [Awaited<ReturnType<typeof latestRow>>, Awaited<ReturnType<typeof latestRow>>];
    t.diagnostic(
      `demo inputs ${sqlite.inputs_digest.slice(0, 16)} result ${sqlite.result_digest.slice(0, 16)} (${sqlite.result.length} bytes)`,
    );
    assert.equal(sqlite.inputs, postgres.inputs);
    assert.equal(sqlite.inputs_digest, postgres.inputs_digest);
    assert.equal(sqlite.result, postgres.result, 'byte-identical output');
    assert.equal(sqlite.result_digest, postgres.result_digest);
    assert.equal(sqlite.seed, OPINION_GROUPS_SEED);
  });

  it('imports a Polis conversation to the same snapshot on both engines, equal to computing the CSV files directly', async (t) => {
    const folder = path.join(polisOpendataRoot, 'canadian-electoral-reform');
    const files = await readPolisFolder(folder);
    const results: string[] = [];
    for (const engine of engines) {
      const target = {
        organisationId: engine.demo.organisationId as string,
        processId: engine.demo.processId as string,
        actorUserId: null,
        fallbackQuestion: 'canadian-electoral-reform',
      };
      const report = await importPolisConversation(engine.context.db, files, target, new Date());
      const summary = await recomputeOpinionGroups(engine.context, report.channelId);
      assert.ok(summary);
      const row = await latestRow(engine, report.channelId);
      assert.equal(sha256(row.result), row.result_digest);
      results.push(row.result);
      t.diagnostic(`${engine.engine}: inputs ${row.inputs_digest.slice(0, 16)} result ${row.result_digest.slice(0, 16)}`);
    }
    assert.equal(results[0], results[1], 'byte-identical on SQLite and PostgreSQL');
    const direct = JSON.stringify(computeOpinionGroups(loadConversation('canadian-electoral-reform').input, { seed: OPINION_GROUPS_SEED }));
    assert.equal(results[0], direct, 'the database round trip changes nothing the computation sees');
  });

  it('reproduces a stored snapshot from its stored inputs and seed', async () => {
    for (const engine of engines) {
      const row = await latestRow(engine, engine.demo.statementChannelId as string);
      const inputs = JSON.parse(row.inputs) as ComputationInputs;
      assert.equal(sha256(row.inputs), row.inputs_digest);
      const again = JSON.stringify(computeOpinionGroups(toOpinionGroupsInput(inputs), { seed: row.seed }));
      assert.equal(sha256(again), row.result_digest);
    }
  });
});
