import { CsvError, parse } from 'csv-parse/sync';
import { refuse } from '../../../platform/domain/refusal.ts';
import { GOALS_LIMITS, optionalFigureSchema } from '../schemas.ts';
import type { ActualFigure } from './record-actual.ts';

const REQUIRED = ['indicator_id', 'round_id', 'actual'] as const;

function problem(line: number, key: string): never {
  throw refuse.invalid({ csv: { key, values: { line } } });
}

/** The header line's most frequent separator: `;` (Excel in Finland), `,` or tab. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((delimiter) => [delimiter, header.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * Reads figures from CSV text with the follow-up CSV's column names (so its export can be filled in
 * and pasted back): `indicator_id`, `round_id`, `actual` and optionally `comment`; other columns are
 * ignored, a row without an actual is skipped. Separated by commas, semicolons (Excel in Finland) or
 * tabs; "12,5" reads as 12.5. Any indicator or round outside the given sets, or a figure that is not a
 * number, refuses the whole text at `csv`, naming every wrong line: nothing is half recorded.
 */
export function readActualsCsv(text: string, indicatorIds: ReadonlySet<string>, roundIds: ReadonlySet<string>): ActualFigure[] {
  let rows: string[][];
  try {
    const clean = text.replace(/^\uFEFF/, '');
    rows = parse(clean, { delimiter: delimiterOf(clean), relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) problem((error as CsvError & { lines?: number }).lines ?? 1, 'goals.validation.csvUnreadable');
    throw error;
  }
  const [header = [], ...records] = rows;
  const at = Object.fromEntries(header.map((name, index) => [name.toLowerCase(), index]));
  if (REQUIRED.some((name) => at[name] === undefined)) problem(1, 'goals.validation.csvHeader');
  if (records.length > GOALS_LIMITS.csvRowsMax) problem(GOALS_LIMITS.csvRowsMax + 2, 'goals.validation.csvTooLong');
  const figures: ActualFigure[] = [];
  const bad: Record<LineProblem, number[]> = { indicator: [], round: [], number: [] };
  for (const [index, record] of records.entries()) {
    const line = index + 2;
    const field = (name: string) => record[at[name] ?? -1] ?? '';
    if (field('actual') === '') continue;
    const value = optionalFigureSchema.safeParse(field('actual'));
    const problem = !indicatorIds.has(field('indicator_id'))
      ? 'indicator'
      : !roundIds.has(field('round_id'))
        ? 'round'
        : !value.success || value.data === undefined
          ? 'number'
          : null;
    if (problem) bad[problem].push(line);
    else
      figures.push({
        indicatorId: field('indicator_id'),
        roundId: field('round_id'),
        value: value.data as number,
        comment: field('comment').slice(0, GOALS_LIMITS.commentMax),
      });
  }
  refuseBadLines(bad);
  if (figures.length === 0) problem(1, 'goals.validation.csvEmpty');
  return figures;
}

type LineProblem = 'indicator' | 'round' | 'number';

const LINE_KEYS: Record<LineProblem, string> = {
  indicator: 'goals.validation.csvIndicator',
  round: 'goals.validation.csvRound',
  number: 'goals.validation.csvNumber',
};

/** How many line numbers of one kind of problem the message lists before "…". */
const LINES_LISTED = 20;

/**
 * Refuses the text when any line is wrong: one wrong line by its own message; several by one message that names
 * every wrong line under its problem (unknown indicator, unknown round, not a number), so all can be mended at once.
 */
function refuseBadLines(bad: Record<LineProblem, number[]>): void {
  const kinds = (Object.keys(bad) as LineProblem[]).filter((kind) => bad[kind].length > 0);
  const total = kinds.reduce((sum, kind) => sum + bad[kind].length, 0);
  if (total === 0) return;
  const only = kinds[0] as LineProblem;
  if (total === 1) problem(bad[only][0] as number, LINE_KEYS[only]);
  const listed = (lines: number[]) => lines.slice(0, LINES_LISTED).join(', ') + (lines.length > LINES_LISTED ? ', …' : '');
  throw refuse.invalid({
    csv: {
      key: 'goals.validation.csvLines',
      values: {
        count: total,
        indicatorCount: bad.indicator.length,
        indicatorLines: listed(bad.indicator),
        roundCount: bad.round.length,
        roundLines: listed(bad.round),
        numberCount: bad.number.length,
        numberLines: listed(bad.number),
      },
    },
  });
}
