import { useView } from '../../../platform/views/context.ts';
import { DIMENSIONS, type Dimension, type ParticipationFigures } from '../participation/model.ts';
import { FigureChart, FigureTable } from './figure-chart.tsx';

/** The rows of a breakdown with channels named in the reader's language. */
export function labelledRows(figures: ParticipationFigures, dimension: Dimension, t: (key: string) => string) {
  const rows = figures.breakdowns[dimension];
  return dimension === 'channel' ? rows.map((row) => ({ ...row, label: t(`reports.channel.${row.key}`) })) : rows;
}

/** Every breakdown of the figures: a heading, its chart and its table (an empty one says so). */
export function ParticipationSections(props: { figures: ParticipationFigures; headingLevel: 2 | 3 }) {
  const view = useView();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const t = (key: string) => view.t(key);
  return (
    <>
      {DIMENSIONS.map((dimension) => {
        const rows = labelledRows(props.figures, dimension, t);
        const title = view.t(`reports.dimension.${dimension}`);
        return (
          <section key={dimension} aria-labelledby={`figures-${dimension}`}>
            <Heading id={`figures-${dimension}`}>{title}</Heading>
            {rows.length === 0 ? (
              <p>{view.t('reports.figures.none')}</p>
            ) : (
              <div class="chart-with-table">
                <FigureChart id={`chart-${dimension}`} title={view.t('reports.figures.chartTitle', { dimension: title })} rows={rows} />
                <FigureTable caption={view.t('reports.figures.tableCaption', { dimension: title })} groupHeading={title} rows={rows} />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
