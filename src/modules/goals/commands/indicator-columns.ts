import type { IndicatorInput } from '../schemas.ts';

/** An indicator's input with its reporter resolved, as the commands that add and replace one take it. */
export type IndicatorValues = Omit<IndicatorInput, 'ownerEmail'> & { ownerUserId: string | null };

/** The columns of `goal_indicators` an indicator's input sets (the same for a new indicator and a replaced one). */
export function indicatorColumns(input: IndicatorValues, now: Date) {
  return {
    name: JSON.stringify(input.name),
    definition: JSON.stringify(input.definition),
    measure_unit: input.measureUnit,
    direction: input.direction,
    source_kind: input.sourceKind,
    source_code: input.sourceCode,
    baseline_value: input.baselineValue ?? null,
    baseline_on: input.baselineOn ?? null,
    owner_user_id: input.ownerUserId,
    updated_at: now.toISOString(),
  };
}
