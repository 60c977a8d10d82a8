import type { IndicatorDirection } from './tables.ts';

/**
 * How far an indicator has come from its baseline towards its target, 0 to 1 (clamped: a figure
 * past the target is 1, one behind the baseline 0). The direction follows from the numbers (a target
 * below the baseline is a decrease). Null without an actual, a target, or a baseline different from
 * the target: progress needs a way to measure along.
 */
export function indicatorProgress(input: {
  direction: IndicatorDirection;
  baseline: number | null;
  target: number | null | undefined;
  actual: number | null | undefined;
}): number | null {
  const { baseline, target, actual } = input;
  if (baseline === null || target === null || target === undefined || actual === null || actual === undefined) return null;
  if (target === baseline) return null;
  return Math.min(1, Math.max(0, (actual - baseline) / (target - baseline)));
}

/** A part's progress and its weight in the roll-up (the number of indicators with progress beneath it). */
export interface WeightedProgress {
  progress: number | null;
  weight: number;
}

/**
 * The weighted mean of the parts that have progress: an objective's over its indicators (each weight 1),
 * a goal's over its objectives weighted by their indicators with progress, so a goal's progress is the
 * mean over all its measured indicators whichever objective holds them. Null when no part has any.
 */
export function rollUpProgress(parts: readonly WeightedProgress[]): WeightedProgress {
  const measured = parts.filter((part) => part.progress !== null && part.weight > 0);
  const weight = measured.reduce((sum, part) => sum + part.weight, 0);
  if (weight === 0) return { progress: null, weight: 0 };
  return { progress: measured.reduce((sum, part) => sum + (part.progress as number) * part.weight, 0) / weight, weight };
}
