import type { JobStatus } from '../../../platform/jobs/list-job-statuses.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';

const MINUTE_MS = 60_000;

function Time(props: { at: string | null }) {
  const view = useView();
  if (!props.at) return <>{view.t('organisations.jobs.never')}</>;
  return <time dateTime={props.at}>{view.formatDate(props.at, { dateStyle: 'short', timeStyle: 'medium' })}</time>;
}

function scheduleText(view: ReturnType<typeof useView>, everyMs: number): string {
  return everyMs % MINUTE_MS === 0
    ? view.t('organisations.jobs.everyMinutes', { minutes: everyMs / MINUTE_MS })
    : view.t('organisations.jobs.everySeconds', { seconds: Math.round(everyMs / 1000) });
}

function LastRun(props: { job: JobStatus }) {
  const view = useView();
  const { job } = props;
  if (job.running) return <>{view.t('organisations.jobs.running')}</>;
  if (!job.lastStatus) return <>{view.t('organisations.jobs.never')}</>;
  return (
    <>
      <Time at={job.lastFinishedAt} />
      <br />
      {job.lastStatus === 'failed' ? view.t('organisations.jobs.status.failed') : view.t('organisations.jobs.status.succeeded')}
    </>
  );
}

function LastFailure(props: { job: JobStatus }) {
  const view = useView();
  const { job } = props;
  if (!job.lastError) return <>{view.t('organisations.jobs.noFailure')}</>;
  return (
    <>
      <Time at={job.lastFailedAt} />
      <br />
      {view.t('organisations.jobs.failureCount', { count: job.failureCount, runs: job.runCount })}
      <br />
      <code>{job.lastError}</code>
    </>
  );
}

/** Every background job of the installation: its schedule, its last run and duration, its last failure, when next due. */
export function JobsPage(props: { jobs: JobStatus[]; runnerOn: boolean }) {
  const view = useView();
  const title = view.t('organisations.jobs.title');
  const caption = view.t('organisations.jobs.caption');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <p class="lead">{view.t('organisations.jobs.intro')}</p>
      {!props.runnerOn && <p>{view.t('organisations.jobs.runnerOff')}</p>}
      <TableScroll label={caption}>
        <table class="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{view.t('organisations.jobs.column.job')}</th>
              <th scope="col">{view.t('organisations.jobs.column.schedule')}</th>
              <th scope="col">{view.t('organisations.jobs.column.lastRun')}</th>
              <th scope="col">{view.t('organisations.jobs.column.duration')}</th>
              <th scope="col">{view.t('organisations.jobs.column.lastFailure')}</th>
              <th scope="col">{view.t('organisations.jobs.column.nextDue')}</th>
            </tr>
          </thead>
          <tbody>
            {props.jobs.map((job) => (
              <tr key={job.name}>
                <th scope="row">
                  {view.t(job.labelKey)}
                  <br />
                  <code>{job.name}</code>
                </th>
                <td>{scheduleText(view, job.everyMs)}</td>
                <td>
                  <LastRun job={job} />
                </td>
                <td>
                  {job.lastDurationMs === null
                    ? view.t('organisations.jobs.never')
                    : view.t('organisations.jobs.duration', { seconds: job.lastDurationMs / 1000 })}
                </td>
                <td>
                  <LastFailure job={job} />
                </td>
                <td>
                  <Time at={job.nextDueAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </AdminLayout>
  );
}
