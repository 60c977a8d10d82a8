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
 * number, refuses the whole text at `csv`, naming the line: nothing is half recorded.
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
  for (const [index, record] of records.entries()) {
    const line = index + 2;
    const field = (name: string) => record[at[name] ?? -1] ?? '';
    if (field('actual') === '') continue;
    if (!indicatorIds.has(field('indicator_id'))) problem(line, 'goals.validation.csvIndicator');
    if (!roundIds.has(field('round_id'))) problem(line, 'goals.validation.csvRound');
    const value = optionalFigureSchema.safeParse(field('actual'));
    if (!value.success || value.data === undefined) problem(line, 'goals.validation.csvNumber');
    figures.push({
      indicatorId: field('indicator_id'),
      roundId: field('round_id'),
      value: value.data,
      comment: field('comment').slice(0, GOALS_LIMITS.commentMax),
    });
  }
  if (figures.length === 0) problem(1, 'goals.validation.csvEmpty');
  return figures;
}
