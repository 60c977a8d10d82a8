import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { COVERAGE_STATUSES, type CoverageStatus } from '../model.ts';
import type { Coverage, CoverageCounts } from '../queries/round-coverage.ts';

/** Squares in a row of a unit's block: the map is as wide as the page, each square a fortieth of it. */
export const MAP_COLUMNS = 40;
/** Heights in px: a square's row, a unit's label line and the space after a block. */
export const MAP_ROW = 16;
export const MAP_LABEL = 26;
export const MAP_GAP = 14;

/** One work community's square: its column and row within its unit's block. */
export interface MapCell {
  id: string;
  column: number;
  row: number;
  status: CoverageStatus;
}

/** One unit's block: its label line at `y`, then its work communities' squares in rows, ordered by status. */
export interface MapBlock {
  id: string;
  name: LocalizedText;
  counts: CoverageCounts;
  y: number;
  cells: MapCell[];
}

/**
 * The coverage map's layout: a block per top-level unit (in tree order) holding a square per work
 * community, held first, then under way, not started and overdue, so each block reads as its
 * share of each status. Positions are columns and rows; the view draws columns as percentages of
 * the width (so text never shrinks with the map on a phone) and rows in px.
 */
export function layoutCoverageMap(coverage: Coverage): { blocks: MapBlock[]; height: number } {
  const order = new Map(COVERAGE_STATUSES.map((status, index) => [status, index]));
  const byUnit = new Map<string, Coverage['rows']>();
  for (const row of coverage.rows) {
    const rows = byUnit.get(row.community.topUnit.id);
    if (rows) rows.push(row);
    else byUnit.set(row.community.topUnit.id, [row]);
  }
  let y = 0;
  const blocks = coverage.units.map((unit) => {
    const rows = (byUnit.get(unit.id) ?? []).sort((a, b) => (order.get(a.status) ?? 0) - (order.get(b.status) ?? 0));
    const cells = rows.map((row, index) => ({
      id: row.community.id,
      column: index % MAP_COLUMNS,
      row: Math.floor(index / MAP_COLUMNS),
      status: row.status,
    }));
    const block = { id: unit.id, name: unit.name, counts: unit.counts, y, cells };
    y += MAP_LABEL + Math.ceil(rows.length / MAP_COLUMNS) * MAP_ROW + MAP_GAP;
    return block;
  });
  return { blocks, height: Math.max(y - MAP_GAP, 0) };
}

/** Each column's left edge and a square's width, as percentages of the map's width (formatted once). */
const COLUMN_X = Array.from({ length: MAP_COLUMNS }, (_, column) => `${((column * 100) / MAP_COLUMNS).toFixed(3)}%`);
const CELL_WIDTH = `${((100 / MAP_COLUMNS) * 0.85).toFixed(3)}%`;

/** A block's squares in runs of one status each (the cells are ordered by status), for a group per run. */
export function statusRuns(block: MapBlock): Array<{ status: CoverageStatus; cells: MapCell[] }> {
  const runs: Array<{ status: CoverageStatus; cells: MapCell[] }> = [];
  for (const cell of block.cells) {
    const last = runs.at(-1);
    if (last?.status === cell.status) last.cells.push(cell);
    else runs.push({ status: cell.status, cells: [cell] });
  }
  return runs;
}

/**
 * The squares of a run as SVG markup, written straight rather than as an element each: a map
 * of 1,000 work communities is 1,000 squares, and only numbers of our own go in (no text).
 */
export function cellsMarkup(block: MapBlock, cells: readonly MapCell[]): string {
  let markup = '';
  for (const cell of cells) {
    const y = block.y + MAP_LABEL + cell.row * MAP_ROW;
    markup += `<rect class="coverage-map__cell" x="${COLUMN_X[cell.column]}" y="${y}" width="${CELL_WIDTH}" height="${MAP_ROW - 3}"></rect>`;
  }
  return markup;
}
