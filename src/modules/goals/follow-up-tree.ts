import type { FollowUp, Goal, Indicator, IndicatorInRound, Objective, Round } from './model.ts';
import { type IndicatorStatus, indicatorStatus, worstStatus } from './status.ts';

/** An indicator with its figure and status in every round. */
export interface IndicatorNode {
  indicator: Indicator;
  rounds: IndicatorInRound[];
  /** The status in the latest round that has an actual, else no data. */
  status: IndicatorStatus;
}

export interface ObjectiveNode {
  objective: Objective;
  indicators: IndicatorNode[];
  status: IndicatorStatus;
}

export interface GoalNode {
  goal: Goal;
  objectives: ObjectiveNode[];
  status: IndicatorStatus;
}

/** The follow-up as a tree goal → objective → indicator → round, with each level's status (the worst beneath it). */
export function buildFollowUpTree(followUp: FollowUp, filter: { unitIds?: ReadonlySet<string> } = {}): GoalNode[] {
  const actuals = new Map(followUp.actuals.map((actual) => [`${actual.indicatorId}\u0000${actual.roundId}`, actual]));
  const indicatorNode = (indicator: Indicator): IndicatorNode => {
    const rounds = followUp.rounds.map((round: Round) => {
      const actual = actuals.get(`${indicator.id}\u0000${round.id}`);
      const target = indicator.targets.get(round.year);
      const status = indicatorStatus({ direction: indicator.direction, baseline: indicator.baselineValue, target, actual: actual?.value });
      return { round, target, actual, status };
    });
    const latest = [...rounds].reverse().find((entry) => entry.actual !== undefined);
    return { indicator, rounds, status: latest?.status ?? 'no-data' };
  };
  return followUp.goals.map((goal) => {
    const objectives = followUp.objectives
      .filter((objective) => objective.goalId === goal.id && (!filter.unitIds || filter.unitIds.has(objective.unitId)))
      .map((objective) => {
        const indicators = followUp.indicators.filter((indicator) => indicator.objectiveId === objective.id).map(indicatorNode);
        return { objective, indicators, status: worstStatus(indicators.map((node) => node.status)) };
      });
    return { goal, objectives, status: worstStatus(objectives.map((node) => node.status)) };
  });
}

/** Who reports an indicator's figures: its own owner, else its objective's. */
export function reporterOf(indicator: Indicator, objective: Objective | undefined): string | null {
  return indicator.ownerUserId ?? objective?.ownerUserId ?? null;
}
