/**
 * The agreement check end to end: each of Polis's four open-data
 * conversations goes through the import command's code path into the
 * database, is recomputed from what was stored, and our groups are compared
 * with Polis's group-id by the adjusted Rand index over the participants
 * Polis grouped (one we left out counts as a group of its own).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { adjustedRandIndex } from '../math/adjusted-rand-index.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { captureOutput, listOpendataConversations, median, polisOpendataRoot, readPolisGroups } from '../test-support/polis-data.ts';
import { runStatementsCommand } from './run-statements-command.ts';

const TARGET_MEDIAN_ARI = 0.8;
const TARGET_GROUP_COUNT_MATCHES = 3;

describe('agreement with Polis through import → database → recompute', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('matches Polis’s groups on the four open-data conversations', async (t) => {
    const names = listOpendataConversations();
    assert.equal(names.length, 4);
    const aris: number[] = [];
    let groupCountMatches = 0;
    for (const name of names) {
      const folder = path.join(polisOpendataRoot, name);
      const started = performance.now();
      const run = captureOutput();
      const code = await runStatementsCommand(['import', folder, '--process', 'rauman-tarina'], test.context, run.output);
      assert.equal(code, 0, run.error.join('\n'));
      const channelId = /channel ([0-9a-f-]{36})/.exec(run.out.join('\n'))?.[1] as string;
      const snapshot = await findLatestSnapshot(test.context.db, test.demo.organisationId as string, channelId);
      assert.ok(snapshot, `${name} was computed after the import`);
      const ms = performance.now() - started;
      const ours = new Map<string, number>();
      for (const group of snapshot.result.groups) for (const member of group.members) ours.set(member, group.id);
      const polis = readPolisGroups(folder);
      const polisLabels: string[] = [];
      const ourLabels: string[] = [];
      for (const [participant, group] of polis) {
        polisLabels.push(group);
        ourLabels.push(String(ours.get(String(participant)) ?? 'none'));
      }
      const ari = adjustedRandIndex(polisLabels, ourLabels);
      const polisGroupCount = new Set(polis.values()).size;
      aris.push(ari);
      if (polisGroupCount === snapshot.result.groups.length) groupCountMatches++;
      t.diagnostic(
        `${name}: ARI ${ari.toFixed(3)}, groups ours ${snapshot.result.groups.length} / Polis ${polisGroupCount}, ` +
          `grouped ours ${snapshot.result.participants.included.length} / Polis ${polis.size}, ` +
          `${snapshot.voteCount} votes, import + compute ${ms.toFixed(0)} ms`,
      );
    }
    const summary = `median ARI ${median(aris).toFixed(3)}; group counts match on ${groupCountMatches} of ${names.length}`;
    t.diagnostic(summary);
    assert.ok(median(aris) >= TARGET_MEDIAN_ARI, summary);
    assert.ok(groupCountMatches >= TARGET_GROUP_COUNT_MATCHES, summary);
  });
});
