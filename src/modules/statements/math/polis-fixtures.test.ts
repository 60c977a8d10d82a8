/**
 * Exactness against Polis's own math output (fixtures from red-dwarf).
 *
 * Given Polis's group membership, representativeness, the chosen
 * representative statements (in order), consensus and group-aware consensus
 * must equal Polis's figures within 1e-9. Polis stores the repness z-test as
 * a 32-bit float, so that one field is compared at float32 precision.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeGroupStatementAnalysis } from './group-statement-analysis.ts';
import { replayParticipantSelection, voteCounts } from './participant-filter.ts';
import { pcaOfVotes, projectParticipants } from './pca.ts';
import { listReferenceSets, loadFixture } from './test-support/polis-reference.ts';
import { buildVoteMatrix } from './vote-matrix.ts';

const EPSILON = 1e-9;

function close(actual: number, expected: unknown, what: string): void {
  assert.equal(typeof expected, 'number', `${what}: Polis value missing`);
  assert.ok(Math.abs(actual - (expected as number)) <= EPSILON, `${what}: ${actual} vs Polis ${String(expected)}`);
}

/**
 * above-100-ptpts is a 2018 conversation whose in-conv holds 31 participants
 * with 2-6 votes who joined after the first fifteen: no rule applied to the
 * final votes admits them (others with the same counts and join dates are
 * out), so they came from an older Polis or lost votes. Listed here so the
 * test still fails on any other difference.
 */
/** Fixtures whose votes.json lacks votes that Polis's user-vote-counts include. */
const FIXTURES_MISSING_VOTES = new Set(['50ptpt-3gp-strict-no-meta']);

const UNREPRODUCIBLE_IN_CONV: Record<string, number> = { 'above-100-ptpts': 31 };

for (const name of listReferenceSets('fixtures')) {
  describe(`Polis fixture ${name}`, () => {
    const fixture = loadFixture(name);
    const { math } = fixture;
    const matrix = buildVoteMatrix(fixture.input.votes, fixture.input.statements);

    test('moderated-out statements are the ones Polis zeroed', () => {
      const ours = matrix.statementIds.filter((_, c) => matrix.moderatedOut[c] === 1).sort();
      const polis = math['mod-out']
        .map(String)
        .filter((id) => matrix.statementIds.includes(id))
        .sort();
      assert.deepEqual(ours, polis);
    });

    test('participant filter selects in-conv', (t) => {
      const included = replayParticipantSelection(matrix);
      const ours = new Set(matrix.participantIds.filter((_, r) => included[r] === 1));
      const polis = new Set(math['in-conv'].map(String));
      const extra = [...ours].filter((p) => !polis.has(p));
      const missing = [...polis].filter((p) => !ours.has(p));
      t.diagnostic(`in-conv: Polis ${polis.size}, ours ${ours.size}, extra ${extra.length}, missing ${missing.length}`);
      assert.deepEqual(extra, []);
      assert.equal(missing.length, UNREPRODUCIBLE_IN_CONV[name] ?? 0);
      const counts = voteCounts(matrix);
      for (const p of missing)
        assert.ok((counts[matrix.participantIds.indexOf(p)] as number) < 7, `${p} should be a low-count participant`);
    });

    test('PCA and map positions match Polis (up to sign); only the known incomplete fixture lacks votes', () => {
      const counts = voteCounts(matrix);
      const polisCounts = math['user-vote-counts'] as Record<string, number>;
      const complete = Object.entries(polisCounts).every(([p, n]) => {
        const r = matrix.participantIds.indexOf(p);
        return (r < 0 ? 0 : counts[r]) === n;
      });
      // This fixture's votes.json lacks four votes that Polis counted, so its PCA cannot be
      // compared; assert that fact instead, so a corrected fixture makes this test compare it.
      assert.equal(complete, !FIXTURES_MISSING_VOTES.has(name), `${name}: completeness of votes.json`);
      if (!complete) return;
      const pca = pcaOfVotes(matrix);
      const polisPca = math.pca as { center: number[]; comps: number[][] };
      const tids = math.tids.map(String);
      // Polis encodes agree as -1, so its centre is our centre negated.
      tids.forEach((id, i) => {
        close(-(pca.center[matrix.statementIds.indexOf(id)] as number), polisPca.center[i], `center ${id}`);
      });
      const signs = [0, 1].map((k) => {
        const polisComp = polisPca.comps[k] as number[];
        const ours = pca.components[k as 0 | 1];
        let dotProduct = 0;
        tids.forEach((id, i) => {
          dotProduct += (ours[matrix.statementIds.indexOf(id)] as number) * (polisComp[i] as number);
        });
        const sign = dotProduct < 0 ? -1 : 1;
        tids.forEach((id, i) => {
          close(sign * (ours[matrix.statementIds.indexOf(id)] as number), polisComp[i], `component ${k} ${id}`);
        });
        return sign;
      });
      const projection = projectParticipants(matrix, pca);
      const base = math['base-clusters'] as unknown as { members: number[][]; x: number[]; y: number[] };
      base.members.forEach((members, b) => {
        let x = 0;
        let y = 0;
        for (const p of members) {
          const r = matrix.participantIds.indexOf(String(p));
          x += projection[2 * r] as number;
          y += projection[2 * r + 1] as number;
        }
        // Votes and components both carry a sign, so positions flip once more.
        close((-(signs[0] as number) * x) / members.length, base.x[b], `base cluster ${b} x`);
        close((-(signs[1] as number) * y) / members.length, base.y[b], `base cluster ${b} y`);
      });
    });

    const analysis = computeGroupStatementAnalysis(fixture.input, fixture.groups);

    test('representative statements, in order, with their figures', () => {
      for (const group of analysis.repness) {
        const polis = math.repness[String(group.groupId)] ?? [];
        const ours = group.representative;
        assert.deepEqual(
          ours.map((s) => `${s.statementId}:${s.repfulFor}${s.bestAgree ? ':best' : ''}`),
          polis.map((s) => `${String(s.tid)}:${String(s['repful-for'])}${s['best-agree'] ? ':best' : ''}`),
          `group ${group.groupId}`,
        );
        ours.forEach((s, i) => {
          const p = polis[i] as Record<string, unknown>;
          const what = `group ${group.groupId} statement ${s.statementId}`;
          assert.equal(s.nSuccess, p['n-success'], `${what} n-success`);
          assert.equal(s.nTrials, p['n-trials'], `${what} n-trials`);
          close(s.pSuccess, p['p-success'], `${what} p-success`);
          close(s.pTest, p['p-test'], `${what} p-test`);
          close(s.repness, p.repness, `${what} repness`);
          assert.equal(Math.fround(s.repnessTest), Math.fround(p['repness-test'] as number), `${what} repness-test (float32)`);
          if (s.bestAgree) assert.equal(s.nAgree, p['n-agree'], `${what} n-agree`);
        });
      }
    });

    test('consensus statements', () => {
      for (const side of ['agree', 'disagree'] as const) {
        const polis = math.consensus[side];
        const ours = analysis.consensus[side];
        assert.deepEqual(
          ours.map((s) => s.statementId),
          polis.map((s) => String(s.tid)),
          side,
        );
        ours.forEach((s, i) => {
          const p = polis[i] as Record<string, unknown>;
          assert.equal(s.nSuccess, p['n-success']);
          assert.equal(s.nTrials, p['n-trials']);
          close(s.pSuccess, p['p-success'], `${side} ${s.statementId} p-success`);
          close(s.pTest, p['p-test'], `${side} ${s.statementId} p-test`);
        });
      }
    });

    test('group-aware consensus of every statement', () => {
      const ours = new Map(analysis.groupAwareConsensus.map((g) => [g.statementId, g.value]));
      const polis = math['group-aware-consensus'];
      assert.ok(Object.keys(polis).length > 0);
      for (const [id, value] of Object.entries(polis)) close(ours.get(id) ?? Number.NaN, value, `statement ${id}`);
    });
  });
}
