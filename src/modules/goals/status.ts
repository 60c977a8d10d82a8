import type { IndicatorDirection } from './tables.ts';

/** An indicator's status in a round: on track, at risk, off track, or no data to judge by. */
export type IndicatorStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** The share of the way from the baseline to the target that a shortfall may still be and count as at risk. */
export const AT_RISK_SHARE = 0.25;

/**
 * The status rule (written in CONTEXT.md too): compare the actual with the target of the round's year.
 * - on track: the target is met (actual ≥ target when up is good, ≤ when down is good);
 * - at risk: the shortfall is at most a quarter (AT_RISK_SHARE) of the distance from the baseline to the target,
 *   or, without a baseline (or one equal to the target), at most a quarter of the target's size (at least 1 × 10⁻⁹);
 * - off track: a larger shortfall;
 * - no data: no actual, or no target for that year.
 */
export function indicatorStatus(input: {
  direction: IndicatorDirection;
  baseline: number | null;
  target: number | null | undefined;
  actual: number | null | undefined;
}): IndicatorStatus {
  const { direction, baseline, target, actual } = input;
  if (target === null || target === undefined || actual === null || actual === undefined) return 'no-data';
  const shortfall = direction === 'up' ? target - actual : actual - target;
  if (shortfall <= 0) return 'on-track';
  const distance = baseline !== null && baseline !== target ? Math.abs(target - baseline) : Math.max(Math.abs(target), 1e-9);
  return shortfall <= AT_RISK_SHARE * distance ? 'at-risk' : 'off-track';
}

/** The worst status among indicators (no data counts only when nothing else is known): an objective's or a goal's roll-up. */
export function worstStatus(statuses: readonly IndicatorStatus[]): IndicatorStatus {
  for (const status of ['off-track', 'at-risk', 'on-track'] as const) if (statuses.includes(status)) return status;
  return 'no-data';
}
