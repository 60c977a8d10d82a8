import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';

/** One bar: its label and its count. */
export interface Bar {
  label: string;
  count: number;
}

const FONT_SIZE = 15;
const LABEL_LINE = 22;
const BAR_HEIGHT = 18;
const GAP = 14;
const ROW = LABEL_LINE + BAR_HEIGHT + GAP;

function shorten(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * A horizontal bar chart drawn on the server as SVG, with a title for
 * assistive technology; the same numbers are always in a table beside it.
 * It has no viewBox: a viewBox would scale the text down with the chart (to
 * 8 px on a phone), so the text keeps its size, each label stands on its own
 * line with its count at the right edge, and the bars are percentages of the
 * chart's width under it.
 */
export function BarChart(props: { id: string; title: string; bars: Bar[]; total: number }) {
  const view = useView();
  const max = Math.max(1, ...props.bars.map((bar) => bar.count));
  const height = props.bars.length * ROW;
  return (
    <svg class="chart" role="img" aria-labelledby={`${props.id}-title`} width="100%" height={height}>
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.bars.map((bar, index) => {
        const y = index * ROW;
        const width = (bar.count / max) * 100;
        const percent = props.total > 0 ? Math.round((bar.count / props.total) * 100) : 0;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={0} y={y + FONT_SIZE} font-size={FONT_SIZE} fill="currentColor">
              {shorten(bar.label)}
            </text>
            <text x="100%" y={y + FONT_SIZE} font-size={FONT_SIZE} fill="currentColor" text-anchor="end">
              {view.t('surveys.results.barValue', { count: bar.count, percent })}
            </text>
            <rect
              x={0}
              y={y + LABEL_LINE}
              width={`${Math.max(width, 0.3).toFixed(2)}%`}
              height={BAR_HEIGHT}
              fill="currentColor"
              opacity="0.75"
            />
          </g>
        );
      })}
    </svg>
  );
}

/** The numbers of a chart as a table: label, count and share of the respondents. */
export function CountTable(props: { caption: string; bars: Bar[]; total: number; labelHeading: string }) {
  const view = useView();
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            <th scope="col" class="text-right">
              {view.t('surveys.results.count')}
            </th>
            <th scope="col" class="text-right">
              {view.t('surveys.results.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.bars.map((bar, index) => (
            <tr key={`${bar.label}-${index}`}>
              <th scope="row">{bar.label}</th>
              <td class="text-right">{bar.count}</td>
              <td class="text-right">{props.total > 0 ? `${Math.round((bar.count / props.total) * 100)} %` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
