import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { findPublishedThemes } from '../insights/index.ts';
import { createGoal } from './commands/create-goal.ts';
import { createIndicator } from './commands/create-indicator.ts';
import { createMeasure } from './commands/create-measure.ts';
import { createObjective } from './commands/create-objective.ts';
import { createRound } from './commands/create-round.ts';
import { recordActuals } from './commands/record-actual.ts';
import { setGoalThemes } from './commands/set-goal-themes.ts';
import { setTarget } from './commands/set-target.ts';
import { raumaGoals, raumaMeasure, raumaRound } from './demo-content.ts';
import { announceStatusChanges } from './objective-status-mail.ts';
import { findGoal } from './queries/find-goal-parts.ts';

/** Demo ids the tests and other seeds may use: goal, objective and indicator ids in order, and the round. */
export interface GoalsDemoState {
  goalIds: string[];
  objectiveIds: string[];
  indicatorIds: string[];
  roundId: string;
}

/**
 * The 2013 process's goals (`demo-content.ts`): the coordinator (the demo's admin) adds the goals
 * and the spring 2014 round; each objective's owner is its department's unit manager (a role in the
 * demo directory), who reports the figures of the departments that did. Its ids go to `state.goals`.
 * The goals cite no story paragraph (the story is seeded after the goals); each draws on some of the
 * published demo themes, so its trace page shows the voices behind it. Every objective has one measure (its plan for the year).
 */
export async function seedGoalsDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  const processId = state.processId;
  if (!organisationId || !processId) return;
  const coordinator: Actor = { organisationId, userId: state.adminUserId ?? null, grants: [] };
  const now = context.clock.now();
  const ids: GoalsDemoState = { goalIds: [], objectiveIds: [], indicatorIds: [], roundId: '' };
  ids.roundId = await createRound(context.db, coordinator, processId, { ...raumaRound }, now);
  const figures: Array<{ ownerUserId: string | null; indicatorId: string; value: number; comment: string }> = [];
  for (const demoGoal of raumaGoals) {
    const goalId = await createGoal(
      context.db,
      coordinator,
      processId,
      { title: demoGoal.title, description: demoGoal.description, paragraphId: null },
      now,
    );
    ids.goalIds.push(goalId);
    const goal = await findGoal(context.db, organisationId, goalId);
    if (!goal) throw new Error('the goals demo could not read its own goal');
    for (const demoObjective of demoGoal.objectives) {
      const unitId = state.unitIds?.[demoObjective.unitKey];
      if (!unitId) throw new Error(`the goals demo needs the unit ${demoObjective.unitKey}`);
      const ownerUserId = state.userIds?.[`unit-manager-${demoObjective.unitKey}`] ?? null;
      const objectiveId = await createObjective(context.db, coordinator, { goal, unitId, title: demoObjective.title, ownerUserId }, now);
      ids.objectiveIds.push(objectiveId);
      await createMeasure(context.db, coordinator, objectiveId, { ...raumaMeasure, title: { ...raumaMeasure.title }, ownerUserId }, now);
      for (const demoIndicator of demoObjective.indicators) {
        const indicatorId = await createIndicator(
          context.db,
          coordinator,
          objectiveId,
          {
            name: demoIndicator.name,
            definition: demoIndicator.definition,
            measureUnit: demoIndicator.measureUnit,
            direction: demoIndicator.direction,
            sourceKind: demoIndicator.sourceKind,
            sourceCode: demoIndicator.sourceCode,
            baselineValue: demoIndicator.baseline,
            baselineOn: '2013-12-31',
            ownerUserId: null,
          },
          now,
        );
        ids.indicatorIds.push(indicatorId);
        for (const [year, targetValue] of Object.entries(demoIndicator.targets))
          await setTarget(context.db, coordinator, indicatorId, { year: Number(year), targetValue }, now);
        if (demoIndicator.actual) figures.push({ ownerUserId, indicatorId, ...demoIndicator.actual });
      }
    }
  }
  for (const figure of figures)
    await recordActuals(
      context.db,
      coordinator,
      processId,
      [{ indicatorId: figure.indicatorId, roundId: ids.roundId, value: figure.value, comment: figure.comment }],
      now,
      figure.ownerUserId,
    );
  await linkDemoThemes(context, coordinator, ids.goalIds, processId, now);
  // The demo's statuses count as announced: the first real figure mails only what it changes.
  await announceStatusChanges(context, coordinator.organisationId, { id: processId, slug: '', title: { fi: '' } }, now);
  state.goals = ids;
}

/** Each goal draws on the published demo themes in turn (the demo's analysis has no goals of its own), so its trace shows voices. */
async function linkDemoThemes(context: AppContext, coordinator: Actor, goalIds: string[], processId: string, now: Date): Promise<void> {
  const themes = (await findPublishedThemes(context.db, coordinator.organisationId, processId))?.themes ?? [];
  for (const [index, goalId] of goalIds.entries()) {
    const goal = await findGoal(context.db, coordinator.organisationId, goalId);
    const themeIds = themes.filter((_theme, position) => position % goalIds.length === index).map((theme) => theme.id);
    if (goal && themeIds.length > 0) await setGoalThemes(context.db, coordinator, goal, { themeIds }, now);
  }
}
