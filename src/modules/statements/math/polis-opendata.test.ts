/**
 * Agreement with the groups Polis assigned in four real conversations.
 *
 * Polis warm-starts k-means from earlier runs and smooths the number of
 * groups over time, so its groups cannot be reproduced exactly from the
 * final votes; we compare partitions with the adjusted Rand index over the
 * participants Polis grouped, and the number of groups.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { listReferenceSets, loadConversation } from './test-support/polis-reference.ts';

const SEED = 1;
const TARGET_MEDIAN_ARI = 0.8;
const TARGET_GROUP_COUNT_MATCHES = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

test('opinion groups agree with Polis on the open-data conversations', (t) => {
  const names = listReferenceSets('opendata');
  assert.equal(names.length, 4);
  const aris: number[] = [];
  let groupCountMatches = 0;
  for (const name of names) {
    const conversation = loadConversation(name);
    const started = performance.now();
    const snapshot = computeOpinionGroups(conversation.input, { seed: SEED });
    const ms = performance.now() - started;
    const ours = new Map<string, number>();
    for (const group of snapshot.groups) for (const member of group.members) ours.set(member, group.id);
    // Over the participants Polis grouped; one we left out counts as a group of its own.
    const polisLabels: string[] = [];
    const ourLabels: string[] = [];
    let notGroupedByUs = 0;
    for (const [participant, group] of conversation.polisGroups) {
      const mine = ours.get(participant);
      if (mine === undefined) notGroupedByUs++;
      polisLabels.push(group);
      ourLabels.push(mine === undefined ? 'none' : String(mine));
    }
    const ari = adjustedRandIndex(polisLabels, ourLabels);
    const polisGroupCount = new Set(conversation.polisGroups.values()).size;
    aris.push(ari);
    if (polisGroupCount === snapshot.groups.length) groupCountMatches++;
    const line =
      `${name}: ARI ${ari.toFixed(3)}, groups ours ${snapshot.groups.length} / Polis ${polisGroupCount}, ` +
      `grouped ours ${snapshot.participants.included.length} / Polis ${conversation.polisGroups.size} ` +
      `(Polis-grouped we left out: ${notGroupedByUs}), sizes ${snapshot.groups.map((g) => g.members.length).join('/')}, ${ms.toFixed(0)} ms`;
    console.log(line);
    t.diagnostic(line);
  }
  const summary = `median ARI ${median(aris).toFixed(3)}; group counts match on ${groupCountMatches} of ${names.length}`;
  console.log(summary);
  t.diagnostic(summary);
  assert.ok(median(aris) >= TARGET_MEDIAN_ARI, summary);
  assert.ok(groupCountMatches >= TARGET_GROUP_COUNT_MATCHES, summary);
});
