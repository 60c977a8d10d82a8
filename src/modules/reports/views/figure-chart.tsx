import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { FigureRow } from '../participation/model.ts';

const FONT_SIZE = 15;
const LABEL_LINE = 22;
const BAR_HEIGHT = 18;
const ROW = LABEL_LINE + BAR_HEIGHT + 14;

function shorten(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * People per row as horizontal bars drawn on the server (SVG with a title); a suppressed row draws
 * no bar and says so in words, never by colour. The numbers are always in the table beside it.
 */
export function FigureChart(props: { id: string; title: string; rows: FigureRow[] }) {
  const view = useView();
  const max = Math.max(1, ...props.rows.map((row) => row.people ?? 0));
  return (
    <svg class="chart" role="img" aria-labelledby={`${props.id}-title`} width="100%" height={props.rows.length * ROW}>
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.rows.map((row, index) => {
        const y = index * ROW;
        const value = row.people === null ? view.t('reports.figures.suppressedShort') : String(row.people);
        return (
          <g key={row.key}>
            <text x={0} y={y + FONT_SIZE} font-size={FONT_SIZE} fill="currentColor">
              {shorten(row.label)}
            </text>
            <text x="100%" y={y + FONT_SIZE} font-size={FONT_SIZE} fill="currentColor" text-anchor="end">
              {value}
            </text>
            {row.people !== null && (
              <rect
                x={0}
                y={y + LABEL_LINE}
                width={`${Math.max((row.people / max) * 100, 0.3).toFixed(2)}%`}
                height={BAR_HEIGHT}
                fill="currentColor"
                opacity="0.75"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The numbers of a breakdown as a table: the group, its people and its contributions. */
export function FigureTable(props: { caption: string; groupHeading: string; rows: FigureRow[] }) {
  const view = useView();
  const cell = (value: number | null) => (value === null ? view.t('reports.figures.suppressed') : String(value));
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.groupHeading}</th>
            <th scope="col" class="text-right">
              {view.t('reports.figures.people')}
            </th>
            <th scope="col" class="text-right">
              {view.t('reports.figures.contributions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td class="text-right">{cell(row.people)}</td>
              <td class="text-right">{cell(row.contributions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
