import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ThemeRun } from '../model.ts';
import { RunStatus } from './run-status.tsx';
import { StartRunForm, type StartRunValues } from './start-run-form.tsx';

/** A process's theme runs, newest first, and the form to start another. */
export function ProcessRunsPage(props: {
  process: { id: string; title: LocalizedText };
  runs: ThemeRun[];
  publishedRunId: string | undefined;
  phases: Array<{ value: string; label: string }>;
  codebooks: Array<{ value: string; label: string }>;
  mayStart: boolean;
  values: StartRunValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('insights.runs.title', { process: view.text(props.process.title) });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('insights.admin.title'), href: view.href('/admin/insights') }]}>
      <h1>{title}</h1>
      <p>
        <a href={view.href(`/admin/insights/processes/${props.process.id}/terms`)}>{view.t('insights.terms.link')}</a>
      </p>
      <h2>{view.t('insights.runs.listTitle')}</h2>
      {props.runs.length === 0 ? (
        <p>{view.t('insights.runs.empty')}</p>
      ) : (
        <TableScroll label={view.t('insights.runs.listTitle')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('insights.runs.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('insights.runs.started')}</th>
                <th scope="col">{view.t('insights.runs.status')}</th>
                <th scope="col" class="text-right">
                  {view.t('insights.runs.contributions')}
                </th>
                <th scope="col">{view.t('insights.runs.published')}</th>
              </tr>
            </thead>
            <tbody>
              {props.runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">
                    <a href={view.href(`/admin/insights/runs/${run.id}`)}>
                      {view.formatDate(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </a>
                  </th>
                  <td>
                    <RunStatus run={run} />
                  </td>
                  <td class="text-right">{run.contributionCount ?? '–'}</td>
                  <td>{run.id === props.publishedRunId ? view.t('insights.runs.isPublished') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {props.mayStart && (
        <>
          <h2>{view.t('insights.start.title')}</h2>
          <p>{view.t('insights.start.intro')}</p>
          <StartRunForm
            processId={props.process.id}
            phases={props.phases}
            codebooks={props.codebooks}
            values={props.values}
            errors={props.errors}
          />
        </>
      )}
    </AdminLayout>
  );
}
