/**
 * Consensus across the whole conversation, and group-aware consensus.
 *
 * Plain consensus looks at everyone at once, so a large group can carry a
 * statement alone. Group-aware consensus multiplies the groups' smoothed
 * agreement, so one group that disagrees sinks the product: it surfaces the
 * common ground that holds across the divides.
 */

import { Z_90 } from './repness.ts';
import { type GroupTallies, proportionTest, smoothed, type Tally } from './statement-stats.ts';
import type { ConsensusStatement } from './types.ts';

/** Statements shown per consensus list. */
export const CONSENSUS_LIMIT = 5;

function consensusSide(
  tally: Tally,
  statementIds: readonly string[],
  eligible: Uint8Array,
  side: 'agree' | 'disagree',
  limit: number,
): ConsensusStatement[] {
  const out: Array<ConsensusStatement & { index: number }> = [];
  for (let c = 0; c < statementIds.length; c++) {
    if (eligible[c] === 0) continue;
    const successes = (side === 'agree' ? tally.agrees[c] : tally.disagrees[c]) as number;
    const trials = tally.seen[c] as number;
    const p = smoothed(successes, trials);
    const test = proportionTest(successes, trials);
    if (p > 0.5 && test > Z_90) {
      out.push({ statementId: statementIds[c] as string, nSuccess: successes, nTrials: trials, pSuccess: p, pTest: test, index: c });
    }
  }
  return out
    .sort((a, b) => b.pSuccess * b.pTest - a.pSuccess * a.pTest || a.index - b.index)
    .slice(0, limit)
    .map(({ index: _index, ...rest }) => rest);
}

/**
 * Statements most of everyone agrees (disagrees) with: smoothed probability
 * above one half and a significant proportion test, ranked by p × test.
 * `eligible` marks statements that may be listed (not moderated out).
 */
export function consensusStatements(
  tally: Tally,
  statementIds: readonly string[],
  eligible: Uint8Array,
  limit = CONSENSUS_LIMIT,
): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  return {
    agree: consensusSide(tally, statementIds, eligible, 'agree', limit),
    disagree: consensusSide(tally, statementIds, eligible, 'disagree', limit),
  };
}

/** Product over groups of (agrees+1)/(seen+2), for every statement in matrix order. */
export function groupAwareConsensus(tallies: GroupTallies, statementIds: readonly string[]): Array<{ statementId: string; value: number }> {
  const m = tallies.statementCount;
  return statementIds.map((statementId, c) => {
    let value = 1;
    for (let g = 0; g < tallies.groupCount; g++) {
      value *= smoothed(tallies.agrees[g * m + c] as number, tallies.seen[g * m + c] as number);
    }
    return { statementId, value };
  });
}
