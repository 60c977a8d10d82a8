import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ProcessOption } from '../../processes/index.ts';

/** The processes the actor coordinates, each with its participation figures and final report. */
export function AdminListPage(props: { processes: ProcessOption[] }) {
  const view = useView();
  const title = view.t('reports.admin.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      {props.processes.length === 0 ? (
        <p>{view.t('reports.admin.empty')}</p>
      ) : (
        <ul>
          {props.processes.map((process) => (
            <li key={process.id}>
              {view.text(process.title)}:{' '}
              <a href={view.href(`/admin/reports/${process.slug}/participation`)}>{view.t('reports.editor.figures')}</a>
              {', '}
              <a href={view.href(`/admin/reports/${process.slug}`)}>{view.t('reports.participation.toReport')}</a>
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
