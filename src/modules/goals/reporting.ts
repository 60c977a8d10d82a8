import { reporterOf } from './follow-up-tree.ts';
import type { FollowUp, Round } from './model.ts';

/** One reporter's share of a round: their indicators in a unit and how many have a figure. */
export interface ReporterRow {
  ownerUserId: string | null;
  unitId: string;
  indicatorIds: string[];
  reported: number;
  /** The round's due day has passed and figures are missing. */
  late: boolean;
}

/** Who reports what in a round, per owner and unit, and who is late (`today` is the organisation's date, YYYY-MM-DD). */
export function reportingOf(followUp: FollowUp, round: Round, today: string): ReporterRow[] {
  const objectives = new Map(followUp.objectives.map((objective) => [objective.id, objective]));
  const reported = new Set(followUp.actuals.filter((actual) => actual.roundId === round.id).map((actual) => actual.indicatorId));
  const rows = new Map<string, ReporterRow>();
  for (const indicator of followUp.indicators) {
    const objective = objectives.get(indicator.objectiveId);
    if (!objective) continue;
    const owner = reporterOf(indicator, objective);
    const key = `${owner ?? ''}\u0000${objective.unitId}`;
    const row = rows.get(key) ?? { ownerUserId: owner, unitId: objective.unitId, indicatorIds: [], reported: 0, late: false };
    row.indicatorIds.push(indicator.id);
    if (reported.has(indicator.id)) row.reported += 1;
    rows.set(key, row);
  }
  for (const row of rows.values()) row.late = today > round.dueOn && row.reported < row.indicatorIds.length;
  return [...rows.values()];
}
