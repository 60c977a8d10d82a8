import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { Localized } from './admin-localized.tsx';
import { PROCESSES_ADMIN_PATH, processAdminPath } from './admin-paths.ts';
import { VisibilityTag } from './admin-visibility-tag.tsx';

/** The processes the actor manages, with their visibility, and a way to start a new one. */
export function AdminProcessListPage(props: { processes: Process[] }) {
  const view = useView();
  const title = view.t('processes.admin.list.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      {view.can('processes.process.create') && (
        <p>
          <a class="button" href={view.href(`${PROCESSES_ADMIN_PATH}/new`)}>
            {view.t('processes.admin.list.create')}
          </a>
        </p>
      )}
      {props.processes.length === 0 ? (
        <p>{view.t('processes.admin.list.empty')}</p>
      ) : (
        <TableScroll label={title}>
          <table class="data-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.list.columnTitle')}</th>
                <th scope="col">{view.t('processes.admin.list.columnSlug')}</th>
                <th scope="col">{view.t('processes.admin.list.columnVisibility')}</th>
                <th scope="col">{view.t('processes.admin.list.columnUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.processes.map((process) => (
                <tr key={process.id}>
                  <th scope="row">
                    <a href={view.href(processAdminPath(process.id))}>
                      <Localized text={process.title} />
                    </a>
                  </th>
                  <td>{process.slug}</td>
                  <td>
                    <VisibilityTag visibility={process.visibility} />
                  </td>
                  <td>{view.formatDate(process.updatedAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
