import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { IndicatorNode } from '../follow-up-tree.ts';
import { formatFigure } from './format.ts';
import { StatusTag } from './status-tag.tsx';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };

/**
 * An indicator's targets and actuals by round as an SVG line chart (actuals solid with dots,
 * targets dashed with squares, so neither depends on colour), titled for assistive technology,
 * with the same numbers in the table under it.
 */
export function IndicatorChart(props: { node: IndicatorNode; id: string }) {
  const view = useView();
  const { indicator, rounds } = props.node;
  const name = view.text(indicator.name);
  const values = rounds.flatMap((entry) => [entry.target, entry.actual?.value]).filter((value): value is number => value !== undefined);
  if (indicator.baselineValue !== null) values.push(indicator.baselineValue);
  const min = Math.min(0, ...values);
  const max = Math.max(1, ...values);
  const x = (index: number) => PAD.left + (rounds.length <= 1 ? 0.5 : index / (rounds.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - min) / (max - min)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (points: Array<[number, number]>) =>
    points.map(([px, py], index) => `${index === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const actualPoints = rounds.flatMap((entry, index): Array<[number, number]> => (entry.actual ? [[x(index), y(entry.actual.value)]] : []));
  const targetPoints = rounds.flatMap(
    (entry, index): Array<[number, number]> => (entry.target !== undefined ? [[x(index), y(entry.target)]] : []),
  );
  const caption = view.t('goals.chart.caption', { indicator: name, unit: indicator.measureUnit });
  return (
    <figure class="goal-chart">
      {rounds.length > 0 && (
        <svg class="chart" role="img" aria-labelledby={`${props.id}-title`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
          <title id={`${props.id}-title`}>{caption}</title>
          <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="currentColor" />
          <text x={PAD.left - 6} y={y(max) + 5} font-size="13" text-anchor="end" fill="currentColor">
            {formatFigure(max, view.locale)}
          </text>
          <text x={PAD.left - 6} y={y(min) + 5} font-size="13" text-anchor="end" fill="currentColor">
            {formatFigure(min, view.locale)}
          </text>
          {rounds.map((entry, index) => (
            <text key={entry.round.id} x={x(index)} y={HEIGHT - PAD.bottom + 20} font-size="13" text-anchor="middle" fill="currentColor">
              {view.text(entry.round.name)}
            </text>
          ))}
          {targetPoints.length > 1 && <path d={line(targetPoints)} fill="none" stroke="currentColor" stroke-dasharray="6 4" />}
          {targetPoints.map(([px, py]) => (
            <rect key={`t${px}`} x={px - 4} y={py - 4} width="8" height="8" fill="none" stroke="currentColor" />
          ))}
          {actualPoints.length > 1 && <path d={line(actualPoints)} fill="none" stroke="currentColor" stroke-width="2.5" />}
          {actualPoints.map(([px, py]) => (
            <circle key={`a${px}`} cx={px} cy={py} r="4.5" fill="currentColor" />
          ))}
        </svg>
      )}
      <figcaption class="field__hint">{view.t('goals.chart.legend')}</figcaption>
      <TableScroll label={caption}>
        <table class="data-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{view.t('goals.round.name')}</th>
              <th scope="col" class="text-right">
                {view.t('goals.indicator.target')}
              </th>
              <th scope="col" class="text-right">
                {view.t('goals.indicator.actual')}
              </th>
              <th scope="col">{view.t('goals.indicator.status')}</th>
              <th scope="col">{view.t('goals.actual.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((entry) => (
              <tr key={entry.round.id}>
                <th scope="row">{view.text(entry.round.name)}</th>
                <td class="text-right">{formatFigure(entry.target, view.locale)}</td>
                <td class="text-right">{formatFigure(entry.actual?.value, view.locale)}</td>
                <td>
                  <StatusTag status={entry.status} />
                </td>
                <td>{entry.actual?.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
