import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';

/** One bar: its label and its count. */
export interface Bar {
  label: string;
  count: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 240;
const BAR_HEIGHT = 28;
const GAP = 10;

function shorten(label: string, max = 34): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * A horizontal bar chart drawn on the server as SVG, with a title for
 * assistive technology; the same numbers are always in a table beside it.
 */
export function BarChart(props: { id: string; title: string; bars: Bar[]; total: number }) {
  const view = useView();
  const max = Math.max(1, ...props.bars.map((bar) => bar.count));
  const height = props.bars.length * (BAR_HEIGHT + GAP) + GAP;
  const area = WIDTH - LABEL_WIDTH - 90;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${props.id}-title`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.bars.map((bar, index) => {
        const y = GAP + index * (BAR_HEIGHT + GAP);
        const width = Math.round((bar.count / max) * area);
        const percent = props.total > 0 ? Math.round((bar.count / props.total) * 100) : 0;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={0} y={y + BAR_HEIGHT * 0.68} font-size="15" fill="currentColor">
              {shorten(bar.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} fill="currentColor" opacity="0.75" />
            <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.68} font-size="15" fill="currentColor">
              {view.t('surveys.results.barValue', { count: bar.count, percent })}
            </text>
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
