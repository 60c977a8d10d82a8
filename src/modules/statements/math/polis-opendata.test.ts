/**
 * Agreement with the groups Polis assigned in six real conversations.
 *
 * The computation channels use replays Polis's history of updates by vote
 * time (opinion-history.ts), so it is compared here as it runs; Polis's own
 * path (its exact update times, worker restarts) is not in the exports, so
 * the groups are compared with the adjusted Rand index over the
 * participants Polis grouped (one we left out counts as a group of its
 * own), and the number of groups. Each figure is asserted at the level
 * reached, so a change that lowers any of them fails here.
 *
 * Also measured: the final votes clustered once (`history: false`, the
 * computation before the replay), on every conversation and on held-out
 * halves (participants with even or odd ids, from their votes alone), and
 * pinned at their levels too, so the comparison stays honest.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { EVERY_VOTER_BEFORE } from './opinion-history.ts';
import { loadConversation, type PolisConversation } from './test-support/polis-reference.ts';
import type { OpinionGroupsInput } from './types.ts';

const SEED = 1;
const CONVERSATIONS = [
  '15-per-hour-seattle',
  'canadian-electoral-reform',
  'scoop-hivemind.affordable-housing',
  'scoop-hivemind.biodiversity',
  'scoop-hivemind.ubi',
  'vtaiwan.uberx',
] as const;

/** ARI reached per conversation by the history replay (what channels compute) and by the final votes clustered once (seed 1). */
const REACHED: Record<(typeof CONVERSATIONS)[number], { history: number; finalVotes: number }> = {
  '15-per-hour-seattle': { history: 0.884, finalVotes: 0.884 },
  'canadian-electoral-reform': { history: 0.898, finalVotes: 1.0 },
  'scoop-hivemind.affordable-housing': { history: 0.75, finalVotes: 0.063 },
  'scoop-hivemind.biodiversity': { history: 0.896, finalVotes: 0.908 },
  'scoop-hivemind.ubi': { history: 0.148, finalVotes: 0.138 },
  'vtaiwan.uberx': { history: 0.827, finalVotes: 0.716 },
};
const REACHED_MEDIAN = 0.855;
const REACHED_GROUP_COUNT_MATCHES = 5;
const REACHED_FINAL_VOTES_MEDIAN = 0.8;
const REACHED_HELD_OUT_MEDIAN = 0.75;
/** Room for the last digit of the printed figures. */
const SLACK = 0.0015;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function agreement(conversation: PolisConversation, ours: Map<string, number>, only?: (participant: string) => boolean): number {
  const polisLabels: string[] = [];
  const ourLabels: string[] = [];
  for (const [participant, group] of conversation.polisGroups) {
    if (only && !only(participant)) continue;
    polisLabels.push(group);
    ourLabels.push(String(ours.get(participant) ?? 'none'));
  }
  return adjustedRandIndex(polisLabels, ourLabels);
}

function snapshotGroups(input: OpinionGroupsInput, history = true) {
  // Imported Polis conversations, as the channel computation treats them.
  const snapshot = computeOpinionGroups(input, { seed: SEED, history, everyVoterBefore: EVERY_VOTER_BEFORE });
  const ours = new Map<string, number>();
  for (const group of snapshot.groups) for (const member of group.members) ours.set(member, group.id);
  return { ours, groupCount: snapshot.groups.length, included: snapshot.participants.included.length };
}

test('opinion groups agree with Polis on the six open-data conversations, as far as reached', (t) => {
  const aris: number[] = [];
  const finalAris: number[] = [];
  const heldOut: number[] = [];
  let groupCountMatches = 0;
  for (const name of CONVERSATIONS) {
    const conversation = loadConversation(name);
    const polisGroupCount = new Set(conversation.polisGroups.values()).size;
    const started = performance.now();
    const { ours, groupCount, included } = snapshotGroups(conversation.input);
    const ms = performance.now() - started;
    const ari = agreement(conversation, ours);
    aris.push(ari);
    if (groupCount === polisGroupCount) groupCountMatches++;

    const finalVotes = snapshotGroups(conversation.input, false);
    const finalAri = agreement(conversation, finalVotes.ours);
    finalAris.push(finalAri);
    const halves = [0, 1].map((parity) => {
      const inHalf = (participant: string) => Number(participant) % 2 === parity;
      const input = { ...conversation.input, votes: conversation.input.votes.filter((vote) => inHalf(vote.participantId)) };
      return agreement(conversation, snapshotGroups(input, false).ours, inHalf);
    });
    heldOut.push(...halves);

    const line =
      `${name}: ARI ${ari.toFixed(3)}, groups ours ${groupCount} / Polis ${polisGroupCount}, grouped ours ${included} / Polis ` +
      `${conversation.polisGroups.size}, ${ms.toFixed(0)} ms; final votes once: ARI ${finalAri.toFixed(3)} with ` +
      `${finalVotes.groupCount} groups, held-out halves ${halves.map((a) => a.toFixed(3)).join(' / ')}`;
    console.log(line);
    t.diagnostic(line);
    assert.ok(ari >= REACHED[name].history - SLACK, line);
    assert.ok(finalAri >= REACHED[name].finalVotes - SLACK, line);
  }
  const summary =
    `median ARI ${median(aris).toFixed(3)}, lowest ${Math.min(...aris).toFixed(3)}; group counts match on ${groupCountMatches} of ` +
    `${CONVERSATIONS.length}; final votes once: median ARI ${median(finalAris).toFixed(3)}, held-out halves median ARI ` +
    `${median(heldOut).toFixed(3)}`;
  console.log(summary);
  t.diagnostic(summary);
  assert.ok(median(aris) >= REACHED_MEDIAN - SLACK, summary);
  assert.ok(groupCountMatches >= REACHED_GROUP_COUNT_MATCHES, summary);
  assert.ok(median(finalAris) >= REACHED_FINAL_VOTES_MEDIAN - SLACK, summary);
  assert.ok(median(heldOut) >= REACHED_HELD_OUT_MEDIAN - SLACK, summary);
});
