import { z } from 'zod';
import type { GoalTrace } from './queries/load-goal-trace.ts';
import type { MyTraceEntry } from './queries/load-my-trace.ts';

const text = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A goal's trace as the API answers it: the same walk as the trace page (`loadGoalTrace`). */
export const goalTraceResponseSchema = z.object({
  goal: z.object({ id: z.string(), processSlug: z.string(), title: text, description: text }),
  paragraph: z.object({ key: z.string(), text, versionNumber: z.number() }).nullable(),
  themes: z.array(
    z.object({
      id: z.string(),
      label: text,
      summary: text,
      contributionCount: z.number(),
      quotes: z.array(z.object({ text: z.string(), channel: z.string(), language: z.string() })),
    }),
  ),
  contributionCount: z.number(),
  objectives: z.array(z.object({ id: z.string(), unitId: z.string(), title: text })),
});

/** A goal's trace in the API's shape. */
export function presentGoalTrace(trace: GoalTrace, processSlug: string): z.input<typeof goalTraceResponseSchema> {
  return {
    goal: { id: trace.goal.id, processSlug, title: trace.goal.title, description: trace.goal.description },
    paragraph: trace.paragraph,
    themes: trace.themes,
    contributionCount: trace.contributionCount,
    objectives: trace.objectives.map((objective) => ({ id: objective.id, unitId: objective.unitId, title: objective.title })),
  };
}

/** "What became of what I said" as the API answers it: the same walk as `/goals/mine` (`loadMyTrace`). */
export const myTraceResponseSchema = z.object({
  contributions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      channel: z.string(),
      createdAt: z.string(),
      themes: z.array(z.object({ id: z.string(), label: text })),
      goals: z.array(z.object({ id: z.string(), processSlug: z.string(), title: text, objectiveCount: z.number() })),
    }),
  ),
});

/** A person's contributions and what they reached, in the API's shape. */
export function presentMyTrace(entries: MyTraceEntry[]): z.input<typeof myTraceResponseSchema> {
  return {
    contributions: entries.map((entry) => ({
      id: entry.id,
      text: entry.text,
      channel: entry.channel,
      createdAt: entry.createdAt,
      themes: entry.themes,
      goals: entry.goals.map((reached) => ({
        id: reached.goal.id,
        processSlug: reached.processSlug,
        title: reached.goal.title,
        objectiveCount: reached.objectives,
      })),
    })),
  };
}
