/** The fewest people a cell may count where background groups are crossed; fewer are suppressed (null). */
export const SMALL_GROUP = 5;

/** People and contributions of one row of a breakdown; `people` and `contributions` are null when suppressed. */
export interface FigureRow {
  key: string;
  /** What to show: a label in the organisation's languages, or the key when it has none. */
  label: string;
  people: number | null;
  contributions: number | null;
}

/** The dimensions a process's participation is broken down by. */
export const DIMENSIONS = ['channel', 'phase', 'month', 'body', 'unit', 'sector', 'ageBand', 'area'] as const;

/** One of DIMENSIONS. */
export type Dimension = (typeof DIMENSIONS)[number];

/** Dimensions that group people by who they are (background groups): their small cells are suppressed. */
export const BACKGROUND_DIMENSIONS: readonly Dimension[] = ['body', 'unit', 'sector', 'ageBand', 'area'];

/** A process's participation figures (osallistumisluvut). */
export interface ParticipationFigures {
  /** Distinct people: an account counted once across channels, a participant key once per channel it was made for. */
  people: number;
  contributions: number;
  breakdowns: Record<Dimension, FigureRow[]>;
}

/** A row as it is shown and exported: suppressed when a background group has fewer than SMALL_GROUP people. */
export function suppressed(row: FigureRow, background: boolean): FigureRow {
  if (!background || (row.people ?? 0) >= SMALL_GROUP) return row;
  return { ...row, people: null, contributions: null };
}
