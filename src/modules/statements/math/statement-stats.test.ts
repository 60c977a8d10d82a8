import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consensusStatements, groupAwareConsensus } from './consensus.ts';
import { divisiveStatements } from './divisive.ts';
import { bestAgreeStatement, selectRepresentative } from './repness.ts';
import { type GroupTallies, groupStatementStats, proportionTest, twoProportionTest } from './statement-stats.ts';

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

/** Tallies from [agrees, disagrees, seen] per group (outer) and statement (inner). */
function tallies(counts: number[][][]): GroupTallies {
  const groupCount = counts.length;
  const statementCount = counts[0]?.length ?? 0;
  const pick = (k: number) => Int32Array.from(counts.flatMap((g) => g.map((s) => s[k] as number)));
  return { groupCount, statementCount, agrees: pick(0), disagrees: pick(1), seen: pick(2) };
}

test('proportion tests', () => {
  near(proportionTest(6, 6), Math.sqrt(7));
  // No votes: the pseudo-count alone gives (1/1 - 1/2) * 2.
  near(proportionTest(0, 0), 1);
  near(twoProportionTest(5, 8, 2, 9), -twoProportionTest(2, 9, 5, 8));
  assert.equal(twoProportionTest(3, 3, 7, 7), 0);
});

test('group statistics against the rest of the groups', () => {
  const t = tallies([[[6, 0, 6]], [[1, 4, 6]], [[2, 2, 5]]]);
  const s = groupStatementStats(t, 0, 0, 'x');
  near(s.pa, 7 / 8);
  near(s.pd, 1 / 8);
  near(s.ra, 7 / 8 / ((1 + 3) / (2 + 11)));
  near(s.rd, 1 / 8 / ((1 + 6) / (2 + 11)));
  assert.equal(s.repfulFor, 'agree');
  near(s.rat, twoProportionTest(6, 6, 3, 11));
});

test('representatives: best agreed statement first, then agreed, then disagreed, at most five', () => {
  // Group 0 vs group 1 (20 members each) on eight statements.
  const g0 = [
    [18, 1, 20],
    [2, 17, 20],
    [16, 2, 20],
    [1, 18, 20],
    [15, 3, 20],
    [3, 15, 20],
    [10, 10, 20],
    [17, 1, 20],
  ];
  const g1 = [
    [2, 17, 20],
    [17, 2, 20],
    [3, 16, 20],
    [18, 1, 20],
    [4, 15, 20],
    [15, 3, 20],
    [10, 10, 20],
    [16, 2, 20],
  ];
  const t = tallies([g0, g1]);
  const stats = g0.map((_, c) => groupStatementStats(t, 0, c, `s${c}`));
  const chosen = selectRepresentative(stats);
  assert.equal(chosen.length, 5);
  assert.equal(chosen[0]?.bestAgree, true);
  assert.equal(chosen[0]?.repfulFor, 'agree');
  const sides = chosen.map((s) => s.repfulFor);
  assert.deepEqual(sides, [...sides].sort());
  assert.ok(!chosen.some((s) => s.statementId === 's6' || s.statementId === 's7'));
});

test('best agree falls back to the strongest agreement when nothing is representative', () => {
  // Both groups agree alike: no statement is representative of group 0.
  const t = tallies([
    [
      [8, 1, 10],
      [6, 2, 10],
    ],
    [
      [8, 1, 10],
      [6, 2, 10],
    ],
  ]);
  const stats = [0, 1].map((c) => groupStatementStats(t, 0, c, `s${c}`));
  assert.equal(bestAgreeStatement(stats)?.statementId, 's0');
  assert.deepEqual(
    selectRepresentative(stats).map((s) => s.statementId),
    ['s0'],
  );
});

test('consensus and group-aware consensus', () => {
  const everyone = { agrees: Int32Array.from([9, 1, 9]), disagrees: Int32Array.from([0, 9, 0]), seen: Int32Array.from([10, 10, 10]) };
  const result = consensusStatements(everyone, ['a', 'b', 'c'], Uint8Array.from([1, 1, 0]));
  assert.deepEqual(
    result.agree.map((s) => s.statementId),
    ['a'],
  );
  assert.deepEqual(
    result.disagree.map((s) => s.statementId),
    ['b'],
  );
  const gac = groupAwareConsensus(tallies([[[3, 0, 4]], [[1, 2, 3]]]), ['x']);
  near(gac[0]?.value as number, (4 / 6) * (2 / 5));
});

test('divisive: opposite sides only, ranked by half the stance gap', () => {
  const t = tallies([
    [
      [10, 0, 10],
      [10, 0, 10],
      [6, 4, 10],
    ],
    [
      [0, 10, 10],
      [5, 0, 10],
      [4, 6, 10],
    ],
  ]);
  const result = divisiveStatements(t, ['split', 'both-agree', 'mild'], Uint8Array.from([1, 1, 1]));
  assert.deepEqual(
    result.map((d) => d.statementId),
    ['split', 'mild'],
  );
  // Stances 11/12 - 1/12 and 1/12 - 11/12.
  near(result[0]?.divisiveness as number, 10 / 12);
  assert.equal(result[0]?.mostAgreeingGroup, 0);
  assert.equal(result[0]?.mostDisagreeingGroup, 1);
});
