import type { FollowUp, Goal, Indicator, IndicatorInRound, Objective, Round } from './model.ts';
import { indicatorProgress, rollUpProgress, type WeightedProgress } from './progress.ts';
import { type IndicatorStatus, indicatorStatus, worstStatus } from './status.ts';

/** An indicator with its figure and status in every round. */
export interface IndicatorNode {
  indicator: Indicator;
  rounds: IndicatorInRound[];
  /** The status in the latest round that has an actual, else no data. */
  status: IndicatorStatus;
  /** The progress from baseline to target in that round (0–1), null when it cannot be measured. */
  progress: WeightedProgress;
}

export interface ObjectiveNode {
  objective: Objective;
  indicators: IndicatorNode[];
  status: IndicatorStatus;
  /** The mean progress of its measured indicators (`progress.ts`). */
  progress: WeightedProgress;
}

export interface GoalNode {
  goal: Goal;
  objectives: ObjectiveNode[];
  status: IndicatorStatus;
  /** Its objectives' progress weighted by their measured indicators (`progress.ts`). */
  progress: WeightedProgress;
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
    const progress = latest
      ? indicatorProgress({
          direction: indicator.direction,
          baseline: indicator.baselineValue,
          target: latest.target,
          actual: latest.actual?.value,
        })
      : null;
    return { indicator, rounds, status: latest?.status ?? 'no-data', progress: { progress, weight: progress === null ? 0 : 1 } };
  };
  return followUp.goals.map((goal) => {
    const objectives = followUp.objectives
      .filter((objective) => objective.goalId === goal.id && (!filter.unitIds || filter.unitIds.has(objective.unitId)))
      .map((objective) => {
        const indicators = followUp.indicators.filter((indicator) => indicator.objectiveId === objective.id).map(indicatorNode);
        return {
          objective,
          indicators,
          status: worstStatus(indicators.map((node) => node.status)),
          progress: rollUpProgress(indicators.map((node) => node.progress)),
        };
      });
    return {
      goal,
      objectives,
      status: worstStatus(objectives.map((node) => node.status)),
      progress: rollUpProgress(objectives.map((node) => node.progress)),
    };
  });
}

/** Who reports an indicator's figures: its own owner, else its objective's. */
export function reporterOf(indicator: Indicator, objective: Objective | undefined): string | null {
  return indicator.ownerUserId ?? objective?.ownerUserId ?? null;
}
