import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { GoalNode } from './follow-up-tree.ts';

const text = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });
const status = z.enum(['on-track', 'at-risk', 'off-track', 'no-data']);

/** A process's follow-up as the open-data JSON answers it: goals → objectives → indicators → periods. */
export const followUpResponseSchema = z.object({
  goals: z.array(
    z.object({
      id: z.string(),
      title: text,
      description: text,
      paragraphId: z.string().nullable(),
      status,
      objectives: z.array(
        z.object({
          id: z.string(),
          unitId: z.string(),
          unitName: z.string(),
          title: text,
          status,
          indicators: z.array(
            z.object({
              id: z.string(),
              name: text,
              definition: text,
              measureUnit: z.string(),
              direction: z.enum(['up', 'down']),
              sourceKind: z.enum(['manual', 'csv', 'statistic']),
              sourceCode: z.string().nullable(),
              baseline: z.object({ value: z.number().nullable(), on: z.string().nullable() }),
              status,
              periods: z.array(
                z.object({
                  roundId: z.string(),
                  round: text,
                  year: z.number(),
                  periodStart: z.string(),
                  periodEnd: z.string(),
                  target: z.number().nullable(),
                  actual: z.number().nullable(),
                  comment: z.string().nullable(),
                  status,
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** The follow-up tree in the open-data shape (periods in the IATI results manner: start, end, target, actual, comment). */
export function presentFollowUp(tree: GoalNode[], unitNames: Map<string, string>): z.input<typeof followUpResponseSchema> {
  return {
    goals: tree.map((goal) => ({
      id: goal.goal.id,
      title: goal.goal.title,
      description: goal.goal.description,
      paragraphId: goal.goal.paragraphId,
      status: goal.status,
      objectives: goal.objectives.map((objective) => ({
        id: objective.objective.id,
        unitId: objective.objective.unitId,
        unitName: unitNames.get(objective.objective.unitId) ?? '',
        title: objective.objective.title,
        status: objective.status,
        indicators: objective.indicators.map((node) => ({
          id: node.indicator.id,
          name: node.indicator.name,
          definition: node.indicator.definition,
          measureUnit: node.indicator.measureUnit,
          direction: node.indicator.direction,
          sourceKind: node.indicator.sourceKind,
          sourceCode: node.indicator.sourceCode,
          baseline: { value: node.indicator.baselineValue, on: node.indicator.baselineOn },
          status: node.status,
          periods: node.rounds.map((entry) => ({
            roundId: entry.round.id,
            round: entry.round.name,
            year: entry.round.year,
            periodStart: entry.round.opensOn,
            periodEnd: entry.round.dueOn,
            target: entry.target ?? null,
            actual: entry.actual?.value ?? null,
            comment: entry.actual?.comment ?? null,
            status: entry.status,
          })),
        })),
      })),
    })),
  };
}

/** The CSV's columns, in order, with what each holds (the data dictionary). */
export const FOLLOW_UP_COLUMNS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'goal_id', description: 'The strategy goal’s id' },
  { name: 'goal', description: 'The goal’s title in Finnish' },
  { name: 'goal_status', description: 'The goal’s status: the worst of its objectives’ (on-track, at-risk, off-track, no-data)' },
  { name: 'objective_id', description: 'The unit objective’s id' },
  { name: 'unit', description: 'The unit’s name in Finnish' },
  { name: 'objective', description: 'The objective’s title in Finnish' },
  { name: 'indicator_id', description: 'The indicator’s id' },
  { name: 'indicator', description: 'The indicator’s name in Finnish' },
  { name: 'measure_unit', description: 'The unit of measure (%, count, €/resident …)' },
  { name: 'direction', description: 'up: a larger figure is better; down: a smaller one is' },
  { name: 'source', description: 'manual, csv or statistic' },
  { name: 'source_code', description: 'A public statistic’s code (e.g. a Sotkanet indicator id), if any' },
  { name: 'baseline', description: 'The baseline figure (decimal point), empty if none' },
  { name: 'baseline_on', description: 'The baseline’s date (YYYY-MM-DD), empty if none' },
  { name: 'round_id', description: 'The reporting round’s id' },
  { name: 'period_start', description: 'The round’s opening date (YYYY-MM-DD)' },
  { name: 'period_end', description: 'The round’s due date (YYYY-MM-DD)' },
  { name: 'year', description: 'The year whose target the round is compared with' },
  { name: 'target', description: 'The target of that year (decimal point), empty if none' },
  { name: 'actual', description: 'The actual reported in the round (decimal point), empty if not reported' },
  { name: 'comment', description: 'The reporter’s comment' },
  {
    name: 'status',
    description:
      'on-track: target met; at-risk: short by at most a quarter of the way from baseline to target; off-track: short by more; no-data',
  },
];

const figure = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The follow-up as CSV: one row per indicator and round (an indicator without rounds has one row with the period empty). */
export function followUpCsv(tree: GoalNode[], unitNames: Map<string, string>): string {
  const rows: string[][] = [];
  for (const goal of tree)
    for (const objective of goal.objectives)
      for (const node of objective.indicators) {
        const base = [
          goal.goal.id,
          goal.goal.title.fi,
          goal.status,
          objective.objective.id,
          unitNames.get(objective.objective.unitId) ?? '',
          objective.objective.title.fi,
          node.indicator.id,
          node.indicator.name.fi,
          node.indicator.measureUnit,
          node.indicator.direction,
          node.indicator.sourceKind,
          node.indicator.sourceCode ?? '',
          figure(node.indicator.baselineValue),
          node.indicator.baselineOn ?? '',
        ];
        const periods = node.rounds.length > 0 ? node.rounds : [undefined];
        for (const entry of periods)
          rows.push([
            ...base,
            entry?.round.id ?? '',
            entry?.round.opensOn ?? '',
            entry?.round.dueOn ?? '',
            entry ? String(entry.round.year) : '',
            figure(entry?.target),
            figure(entry?.actual?.value),
            entry?.actual?.comment ?? '',
            entry?.status ?? node.status,
          ]);
      }
  return stringify([FOLLOW_UP_COLUMNS.map((column) => column.name), ...rows]);
}
