import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { ErrorSummary, SelectField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { HeatMapCell, ThemeGroupHeatMap } from '../themes/heat-map.ts';

/** How a cell is shaded by its lift; the number and the lift are always written in it as well. */
export function heatShade(cell: HeatMapCell): 'suppressed' | 'below' | 'even' | 'above' | 'high' {
  if (cell.suppressed || cell.lift === null) return 'suppressed';
  if (cell.lift < 0.8) return 'below';
  if (cell.lift < 1.25) return 'even';
  if (cell.lift < 2) return 'above';
  return 'high';
}

const SHADES = ['below', 'even', 'above', 'high', 'suppressed'] as const;

/** The table: themes by rows, groups by columns, each cell people and lift, each theme's own test at the end. */
function HeatMapTable(props: { caption: string; themes: string[]; groupLabels: string[]; heatMap: ThemeGroupHeatMap }) {
  const view = useView();
  const number = new Intl.NumberFormat(view.locale, { maximumFractionDigits: 2 });
  const p = (value: number) => (value < 0.001 ? '< 0.001' : number.format(value));
  const { heatMap } = props;
  return (
    <TableScroll label={props.caption}>
      <table class="data-table heat-map">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('insights.heatMap.theme')}</th>
            {props.groupLabels.map((label, column) => (
              <th scope="col" class="text-right" key={heatMap.groups[column]}>
                {label}
                <br />
                <span class="field__hint">
                  {heatMap.groupPeople[column] === null
                    ? view.t('insights.heatMap.fewPeople')
                    : view.t('insights.heatMap.people', { count: heatMap.groupPeople[column] ?? 0 })}
                </span>
              </th>
            ))}
            <th scope="col" class="text-right">
              {view.t('insights.heatMap.themeTest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.themes.map((theme, row) => {
            const test = heatMap.themeTests[row];
            return (
              <tr key={theme}>
                <th scope="row">
                  {theme}
                  <br />
                  <span class="field__hint">{view.t('insights.heatMap.people', { count: heatMap.themePeople[row] ?? 0 })}</span>
                </th>
                {heatMap.cells[row]!.map((cell, column) => (
                  <td class={`heat-cell heat--${heatShade(cell)}`} key={heatMap.groups[column]}>
                    {cell.suppressed || cell.count === null
                      ? view.t('insights.heatMap.suppressed')
                      : view.t('insights.heatMap.cell', {
                          count: cell.count,
                          lift: cell.lift === null ? '–' : number.format(cell.lift),
                        })}
                  </td>
                ))}
                <td class="text-right">{test ? `p = ${p(test.pValue)}` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The heat map of a run's themes × a background question or the channel, with lift and chi-square tests. */
export function HeatMapPage(props: {
  process: { id: string; title: LocalizedText };
  run: { id: string; createdAt: string };
  axes: Array<{ value: string; label: string }>;
  by: string;
  errors?: FieldErrors | undefined;
  themes: string[];
  groupLabels: string[];
  heatMap: ThemeGroupHeatMap | null;
  suppressing: boolean;
  /** Columns by phase (a person counts once in each phase; the ungrouped are outside every phase). */
  byPhase?: boolean;
}) {
  const view = useView();
  const number = new Intl.NumberFormat(view.locale, { maximumFractionDigits: 2 });
  const runName = view.formatDate(props.run.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
  const title = view.t('insights.heatMap.title');
  const { heatMap } = props;
  const chosen = props.axes.find((axis) => axis.value === props.by)?.label ?? '';
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('insights.admin.title'), href: view.href('/admin/insights') },
        { label: view.text(props.process.title), href: view.href(`/admin/insights/processes/${props.process.id}`) },
        { label: view.t('insights.analysis.runCrumb', { date: runName }), href: view.href(`/admin/insights/runs/${props.run.id}`) },
      ]}
    >
      <link rel="stylesheet" href="/assets/insights/insights.css" />
      <h1>{title}</h1>
      <p>{view.t('insights.heatMap.intro')}</p>
      <form method="get" action={view.href(`/admin/insights/runs/${props.run.id}/heat-map`)} noValidate>
        <ErrorSummary errors={props.errors} labels={{ by: view.t('insights.heatMap.by') }} />
        <SelectField name="by" label={view.t('insights.heatMap.by')} value={props.by} options={props.axes} errors={props.errors} />
        <button type="submit" class="button button--primary">
          {view.t('insights.heatMap.submit')}
        </button>
      </form>
      {heatMap &&
        (props.themes.length === 0 || heatMap.people === 0 ? (
          <p>{view.t('insights.heatMap.empty')}</p>
        ) : (
          <section aria-labelledby="heat-map-title">
            <h2 id="heat-map-title">{view.t('insights.heatMap.resultTitle', { by: chosen })}</h2>
            <p>
              {view.t(
                props.suppressing
                  ? 'insights.heatMap.howSuppressed'
                  : props.byPhase
                    ? 'insights.heatMap.howPhase'
                    : 'insights.heatMap.howChannel',
              )}
            </p>
            <ul class="heat-legend" aria-label={view.t('insights.heatMap.legend')}>
              {SHADES.map((shade) => (
                <li key={shade} class={`heat--${shade}`}>
                  {view.t(`insights.heatMap.shade.${shade}`)}
                </li>
              ))}
            </ul>
            <HeatMapTable
              caption={view.t('insights.heatMap.caption', { by: chosen })}
              themes={props.themes}
              groupLabels={props.groupLabels}
              heatMap={heatMap}
            />
            <p>
              {heatMap.test
                ? view.t('insights.heatMap.test', {
                    statistic: number.format(heatMap.test.statistic),
                    df: heatMap.test.degreesOfFreedom,
                    p: heatMap.test.pValue < 0.001 ? '< 0.001' : number.format(heatMap.test.pValue),
                  })
                : view.t('insights.heatMap.noTest')}
            </p>
            {heatMap.test && heatMap.test.lowExpectedShare > 0.2 && (
              <p class="notice">{view.t('insights.heatMap.unreliable', { share: Math.round(heatMap.test.lowExpectedShare * 100) })}</p>
            )}
            {heatMap.ungrouped > 0 && (
              <p>
                {view.t(props.byPhase ? 'insights.heatMap.ungroupedPhase' : 'insights.heatMap.ungrouped', { count: heatMap.ungrouped })}
              </p>
            )}
          </section>
        ))}
    </AdminLayout>
  );
}
