import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticConversation } from '../../../../bench/support/statements-matrices.ts';
import { seededRandom as mulberry32 } from '../../../platform/random/seeded-random.ts';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { computeGroupStatementAnalysis } from './group-statement-analysis.ts';
import type { OpinionGroupsInput } from './types.ts';

/** 240 participants in three planted groups, 40 statements, about 60 % voted. */
function planted(seed: number): { input: OpinionGroupsInput; truth: Map<string, number> } {
  const random = mulberry32(seed);
  const stance = Array.from({ length: 3 }, () => Array.from({ length: 40 }, () => (random() < 0.5 ? 0.1 : 0.9)));
  const truth = new Map<string, number>();
  const input: OpinionGroupsInput = {
    votes: [],
    statements: Array.from({ length: 40 }, (_, s) => ({ id: `s${s}`, moderatedOut: s === 39 })),
  };
  const votes = input.votes as OpinionGroupsInput['votes'][number][];
  let at = 0;
  for (let p = 0; p < 240; p++) {
    const group = p % 3;
    truth.set(`p${p}`, group);
    for (let s = 0; s < 40; s++) {
      if (random() < 0.4) continue;
      const agree = (stance[group] as number[])[s] as number;
      votes.push({ participantId: `p${p}`, statementId: `s${s}`, vote: random() < agree ? 1 : -1, at: at++ });
    }
  }
  return { input, truth };
}

test('same input and seed give byte-identical JSON', () => {
  const { input } = planted(1);
  const a = JSON.stringify(computeOpinionGroups(input, { seed: 5 }));
  const b = JSON.stringify(computeOpinionGroups(input, { seed: 5 }));
  assert.equal(a, b);
  assert.ok(!a.includes('null'), 'no NaN or Infinity leaked into the snapshot');
});

test('the order of the input lists does not matter', () => {
  const { input } = planted(2);
  const shuffled: OpinionGroupsInput = { votes: [...input.votes].reverse(), statements: [...input.statements].reverse() };
  assert.equal(JSON.stringify(computeOpinionGroups(shuffled, { seed: 3 })), JSON.stringify(computeOpinionGroups(input, { seed: 3 })));
});

test('recovers planted groups and reports on them', () => {
  const { input, truth } = planted(3);
  const snapshot = computeOpinionGroups(input, { seed: 1 });
  assert.equal(snapshot.groups.length, 3);
  const ours = new Map<string, number>();
  for (const g of snapshot.groups) for (const m of g.members) ours.set(m, g.id);
  const ids = [...truth.keys()];
  // Two dimensions blur a few noisy voters; nearly all land in their planted group.
  assert.ok(
    adjustedRandIndex(
      ids.map((p) => truth.get(p) as number),
      ids.map((p) => ours.get(p) ?? -1),
    ) > 0.95,
  );
  assert.equal(snapshot.participants.included.length, 240);
  assert.equal(snapshot.repness.length, 3);
  for (const group of snapshot.repness) {
    assert.ok(group.representative.length > 0);
    assert.equal(group.stats.length, snapshot.statementIds.length);
    assert.ok(!group.representative.some((s) => s.statementId === 's39'), 'moderated-out statements are never representative');
  }
  assert.ok(snapshot.divisive.length > 0);
  assert.equal(snapshot.groupAwareConsensus.length, snapshot.statementIds.length);
  assert.equal(
    snapshot.baseClusters.reduce((n, b) => n + b.members.length, 0),
    240,
  );
});

test('analysis of a supplied membership matches the one computed inside', () => {
  const { input } = planted(4);
  const snapshot = computeOpinionGroups(input, { seed: 2 });
  const analysis = computeGroupStatementAnalysis(input, snapshot.groups);
  assert.deepEqual(analysis.repness, snapshot.repness);
  assert.deepEqual(analysis.consensus, snapshot.consensus);
  assert.deepEqual(analysis.groupAwareConsensus, snapshot.groupAwareConsensus);
  assert.deepEqual(analysis.divisive, snapshot.divisive);
});

test('tiny and empty conversations give an empty map and say why', () => {
  const empty = computeOpinionGroups({ votes: [], statements: [] }, { seed: 1 });
  assert.deepEqual(empty.groups, []);
  assert.deepEqual(empty.participants.included, []);
  assert.equal(empty.emptyReason, 'noVotes');
  const one = computeOpinionGroups({ votes: [{ participantId: 'a', statementId: 's', vote: 1 }], statements: [{ id: 's' }] }, { seed: 1 });
  assert.deepEqual([one.groups, one.projections, one.emptyReason], [[], [], 'oneParticipant']);
  const out = computeOpinionGroups(
    {
      votes: [
        { participantId: 'a', statementId: 's', vote: 1 },
        { participantId: 'b', statementId: 't', vote: -1 },
      ],
      statements: [
        { id: 's', moderatedOut: true },
        { id: 't', moderatedOut: true },
      ],
    },
    { seed: 1 },
  );
  assert.deepEqual([out.groups, out.emptyReason], [[], 'allModeratedOut']);
  const two = computeOpinionGroups(
    {
      votes: [
        { participantId: 'a', statementId: 's', vote: 1 },
        { participantId: 'b', statementId: 's', vote: -1 },
      ],
      statements: [{ id: 's' }],
    },
    { seed: 1 },
  );
  assert.equal(JSON.stringify(two).includes('null'), false);
  assert.equal(two.emptyReason, 'oneStatement');
});

test('the benchmark conversation clusters into its three planted groups', () => {
  const snapshot = computeOpinionGroups(syntheticConversation(600, 120, 9), { seed: 9 });
  assert.equal(snapshot.groups.length, 3);
});
