import { WORKSHOP_LIMITS } from './schemas.ts';
import type { OutcomeRow, RowFocus } from './views/close-page.tsx';

/** Blank rows the closing form offers below the prefilled ones. */
export const SPARE_ROWS = 3;

/** Rows a posted form may bring back: the prefill can exceed the outcome's limit, the form then refuses it. */
const ROWS_MAX = 200;

/** The rows as posted (`items.N.text`, `items.N.clusterId`), blanks kept, so the form comes back as it was sent. */
export function postedRows(fields: Record<string, unknown>): OutcomeRow[] {
  const items = Array.isArray(fields.items) ? (fields.items as unknown[]) : [];
  return items.slice(0, ROWS_MAX).map((item) => {
    const row = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return {
      text: typeof row.text === 'string' ? row.text : '',
      clusterId: typeof row.clusterId === 'string' ? row.clusterId : '',
    };
  });
}

/** The prefilled rows with the blank ones after them. */
export function withSpareRows(rows: OutcomeRow[]): OutcomeRow[] {
  return [...rows, ...Array.from({ length: SPARE_ROWS }, () => ({ text: '', clusterId: '' }))];
}

/** A change to the form's rows asked for by one of its buttons, before anything is saved. */
export interface RowChange {
  rows: OutcomeRow[];
  notice: { key: string; values: Record<string, number> } | null;
  focus: RowFocus | null;
}

/**
 * Applies the button the facilitator pressed without JavaScript: `move=up:N` or
 * `move=down:N` swaps row N with its neighbour, `addRow` adds a blank row at the end.
 * Answers null when the form was sent to be recorded; a move that names no row
 * (a stale form) changes nothing rather than closing the seminar.
 */
export function changeRows(rows: OutcomeRow[], fields: Record<string, unknown>): RowChange | null {
  if (fields.addRow !== undefined) return addRow(rows);
  if (fields.move === undefined) return null;
  const move = typeof fields.move === 'string' ? /^(up|down):(\d{1,4})$/.exec(fields.move) : null;
  const direction = move?.[1] === 'up' ? 'up' : 'down';
  const from = Number(move?.[2] ?? -1);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || from >= rows.length || to < 0 || to >= rows.length) return { rows, notice: null, focus: null };
  const moved = [...rows];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  // Keep the keyboard on the moved row; at the top or the bottom its button in that direction is gone.
  const stays = direction === 'up' ? to > 0 : to < rows.length - 1;
  const control = stays ? direction : direction === 'up' ? 'down' : 'up';
  return {
    rows: moved,
    notice: { key: 'workshops.close.moved', values: { from: from + 1, to: to + 1 } },
    focus: { index: to, control },
  };
}

function addRow(rows: OutcomeRow[]): RowChange {
  if (rows.length >= WORKSHOP_LIMITS.outcomesMax)
    return { rows, notice: { key: 'workshops.close.rowsFull', values: { max: WORKSHOP_LIMITS.outcomesMax } }, focus: null };
  const added = [...rows, { text: '', clusterId: '' }];
  const index = added.length - 1;
  return { rows: added, notice: { key: 'workshops.close.added', values: { number: index + 1 } }, focus: 'add' };
}
