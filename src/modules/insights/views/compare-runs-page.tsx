import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { ErrorSummary, SelectField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ThemeRunComparison } from '../themes/run-description.ts';
import type { ThemeCorrespondence, ThemeLink } from '../themes/theme-correspondence.ts';

/** The two runs compared, their themes' names in order, how they differ and where each theme went. */
export interface RunComparisonView {
  /** The older of the two runs, then the newer. */
  earlier: { id: string; createdAt: string };
  later: { id: string; createdAt: string };
  earlierNames: string[];
  laterNames: string[];
  comparison: ThemeRunComparison;
  correspondence: ThemeCorrespondence;
}

function Links(props: { links: ThemeLink[]; names: string[] }) {
  const view = useView();
  if (props.links.length === 0) return <>–</>;
  return (
    <>
      {props.links
        .map((link) => view.t('insights.compare.linkShare', { theme: props.names[link.theme] ?? '', share: Math.round(link.share * 100) }))
        .join('; ')}
    </>
  );
}

/** One run's themes, each with its fate and the themes of the other run it is linked to. */
function ThemeFates(props: {
  caption: string;
  rows: Array<{ theme: number; size: number; fate: string; links: ThemeLink[] }>;
  names: string[];
  otherNames: string[];
  linkHeading: string;
}) {
  const view = useView();
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('insights.heatMap.theme')}</th>
            <th scope="col" class="text-right">
              {view.t('insights.compare.sentences')}
            </th>
            <th scope="col">{view.t('insights.compare.fate')}</th>
            <th scope="col">{props.linkHeading}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{props.names[row.theme]}</th>
              <td class="text-right">{row.size}</td>
              <td>{view.t(`insights.compare.fate.${row.fate}`)}</td>
              <td>
                <Links links={row.links} names={props.otherNames} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** How two runs differ as a whole (`compareRuns`). */
function ComparisonFacts(props: { comparison: ThemeRunComparison }) {
  const view = useView();
  const { comparison } = props;
  const yesNo = (value: boolean) => view.t(value ? 'insights.compare.yes' : 'insights.compare.no');
  return (
    <dl class="summary-list">
      <dt>{view.t('insights.compare.agreement')}</dt>
      <dd>{view.t('insights.compare.agreementValue', { value: comparison.agreement.toFixed(2), shared: comparison.sharedSentences })}</dd>
      <dt>{view.t('insights.compare.sameInputs')}</dt>
      <dd>{yesNo(comparison.sameInputs)}</dd>
      <dt>{view.t('insights.compare.sameMethod')}</dt>
      <dd>{yesNo(comparison.sameMethod)}</dd>
      <dt>{view.t('insights.compare.changedParameters')}</dt>
      <dd>{comparison.changedParameters.length > 0 ? comparison.changedParameters.join(', ') : view.t('insights.compare.none')}</dd>
      <dt>{view.t('insights.compare.identical')}</dt>
      <dd>{yesNo(comparison.identicalOutputs)}</dd>
    </dl>
  );
}

/** Two theme runs side by side: which themes persist, split, merge, appear or disappear. */
export function CompareRunsPage(props: {
  process: { id: string; title: LocalizedText };
  run: { id: string; createdAt: string };
  others: Array<{ value: string; label: string }>;
  chosen: string;
  errors?: FieldErrors | undefined;
  result: RunComparisonView | null;
}) {
  const view = useView();
  const when = (date: string) => view.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  const title = view.t('insights.compare.title');
  const { result } = props;
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('insights.admin.title'), href: view.href('/admin/insights') },
        { label: view.text(props.process.title), href: view.href(`/admin/insights/processes/${props.process.id}`) },
        {
          label: view.t('insights.analysis.runCrumb', { date: when(props.run.createdAt) }),
          href: view.href(`/admin/insights/runs/${props.run.id}`),
        },
      ]}
    >
      <link rel="stylesheet" href="/assets/insights/insights.css" />
      <h1>{title}</h1>
      <p>{view.t('insights.compare.intro')}</p>
      {props.others.length === 0 ? (
        <p>{view.t('insights.compare.noOthers')}</p>
      ) : (
        <form method="get" action={view.href(`/admin/insights/runs/${props.run.id}/compare`)} noValidate>
          <ErrorSummary errors={props.errors} labels={{ with: view.t('insights.compare.with') }} />
          <SelectField
            name="with"
            label={view.t('insights.compare.with')}
            value={props.chosen}
            emptyLabel={view.t('insights.compare.choose')}
            options={props.others}
            errors={props.errors}
          />
          <button type="submit" class="button button--primary">
            {view.t('insights.compare.submit')}
          </button>
        </form>
      )}
      {result && (
        <section aria-labelledby="comparison-title">
          <h2 id="comparison-title">
            {view.t('insights.compare.resultTitle', { earlier: when(result.earlier.createdAt), later: when(result.later.createdAt) })}
          </h2>
          <ComparisonFacts comparison={result.comparison} />
          <div class="compare-runs">
            <ThemeFates
              caption={view.t('insights.compare.earlierCaption', { date: when(result.earlier.createdAt) })}
              rows={result.correspondence.earlier.map((row) => ({ ...row, links: row.to }))}
              names={result.earlierNames}
              otherNames={result.laterNames}
              linkHeading={view.t('insights.compare.to')}
            />
            <ThemeFates
              caption={view.t('insights.compare.laterCaption', { date: when(result.later.createdAt) })}
              rows={result.correspondence.later.map((row) => ({ ...row, links: row.from }))}
              names={result.laterNames}
              otherNames={result.earlierNames}
              linkHeading={view.t('insights.compare.from')}
            />
          </div>
        </section>
      )}
    </AdminLayout>
  );
}
