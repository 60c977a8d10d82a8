/**
 * Choice of the statements that represent a group, in Polis's order.
 *
 * A statement represents a group on the side (agree or disagree) where the
 * group differs most from everyone else. It qualifies when both its
 * probability test (the group leans that way at all) and its
 * representativeness test (more than the others do) clear the 90 % one-sided
 * threshold. Qualifiers are ranked by r × r-test × p × p-test, the top five
 * kept. Polis also shows each group one statement it agrees with, first in
 * the list, even when no agreed statement qualifies, so readers see what a
 * group is for and not only what it rejects; agreed statements come before
 * disagreed ones. The fallbacks for that "best agree" statement were
 * checked against Polis's own outputs (see README).
 */

import type { GroupStatementStats, RepresentativeStatement } from './types.ts';

/** One-sided 90 % critical value of the normal distribution, as Polis rounds it. */
export const Z_90 = 1.2816;

/** Number of statements shown per group. */
export const REPRESENTATIVE_LIMIT = 5;

/** r × r-test × p × p-test on the agree side. */
export function agreeMetric(s: GroupStatementStats): number {
  return s.ra * s.rat * s.pa * s.pat;
}

/** r × r-test × p × p-test on the statement's representative side. */
export function repnessMetric(s: GroupStatementStats): number {
  return s.repfulFor === 'agree' ? agreeMetric(s) : s.rd * s.rdt * s.pd * s.pdt;
}

/** Both tests clear the threshold on the representative side. */
export function isSignificant(s: GroupStatementStats): boolean {
  return s.repfulFor === 'agree' ? s.pat > Z_90 && s.rat > Z_90 : s.pdt > Z_90 && s.rdt > Z_90;
}

/** The statement in Polis's output vocabulary, reported on its representative side. */
export function toRepresentative(s: GroupStatementStats, bestAgree = false): RepresentativeStatement {
  const agree = s.repfulFor === 'agree';
  const out: RepresentativeStatement = {
    statementId: s.statementId,
    repfulFor: s.repfulFor,
    nSuccess: agree ? s.agrees : s.disagrees,
    nTrials: s.seen,
    pSuccess: agree ? s.pa : s.pd,
    pTest: agree ? s.pat : s.pdt,
    repness: agree ? s.ra : s.rd,
    repnessTest: agree ? s.rat : s.rdt,
  };
  if (bestAgree) {
    out.bestAgree = true;
    out.nAgree = s.agrees;
  }
  return out;
}

/** First element with the largest score (earlier wins ties). */
function argMax<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const v = score(item);
    if (v > bestScore) {
      best = item;
      bestScore = v;
    }
  }
  return best;
}

/**
 * The statement the group most clearly agrees with: among statements the
 * group leans to agree with (pa > pd), more often than the rest (ra > 1),
 * with at least one test significant, the highest agree metric; failing
 * that, the agreed statement with the strongest probability test.
 */
export function bestAgreeStatement(stats: readonly GroupStatementStats[]): GroupStatementStats | undefined {
  const leaning = stats.filter((s) => s.pa > s.pd);
  const supported = leaning.filter((s) => s.ra > 1 && (s.pat > Z_90 || s.rat > Z_90));
  if (supported.length > 0) return argMax(supported, agreeMetric);
  return argMax(
    leaning.filter((s) => s.pat > Z_90),
    (s) => s.pat,
  );
}

/**
 * Representative statements of a group from its per-statement stats
 * (moderated-out statements already removed; order = tie-break order).
 */
export function selectRepresentative(stats: readonly GroupStatementStats[], limit = REPRESENTATIVE_LIMIT): RepresentativeStatement[] {
  const ranked = stats
    .map((s, index) => ({ s, index, metric: repnessMetric(s) }))
    .filter(({ s }) => isSignificant(s))
    .sort((a, b) => b.metric - a.metric || a.index - b.index)
    .slice(0, limit)
    .map(({ s }) => s);
  const best = bestAgreeStatement(stats);
  const rest = ranked.filter((s) => s !== best);
  const ordered = [...rest.filter((s) => s.repfulFor === 'agree'), ...rest.filter((s) => s.repfulFor === 'disagree')].map((s) =>
    toRepresentative(s),
  );
  return (best ? [toRepresentative(best, true), ...ordered] : ordered).slice(0, limit);
}
