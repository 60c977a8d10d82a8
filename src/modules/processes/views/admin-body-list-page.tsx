import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { BODY_KIND_LABELS } from './admin-labels.ts';
import { Localized } from './admin-localized.tsx';
import { processAdminPath } from './admin-paths.ts';
import { ProcessAdminNav } from './admin-process-nav.tsx';

function BodyRow(props: { process: Process; body: AdminBody; parent: AdminBody | undefined }) {
  const view = useView();
  const { process, body } = props;
  return (
    <tr>
      <th scope="row">
        <a href={view.href(processAdminPath(process.id, 'bodies', body.id))}>
          <Localized text={body.name} />
        </a>
      </th>
      <td>{view.t(BODY_KIND_LABELS[body.kind])}</td>
      <td>{props.parent ? <Localized text={props.parent.name} /> : '–'}</td>
      <td>{body.members.length}</td>
      <td class="actions">
        <a href={view.href(processAdminPath(process.id, 'bodies', body.id, 'delete'))}>
          {view.t('processes.admin.delete.link')}
          <span class="visually-hidden">
            {': '}
            <Localized text={body.name} />
          </span>
        </a>
      </td>
    </tr>
  );
}

/** The bodies of a process (its organisation chart) as a table. */
export function AdminBodyListPage(props: { process: Process; bodies: AdminBody[] }) {
  const view = useView();
  const title = view.t('processes.admin.bodies.title', { title: view.text(props.process.title) });
  const byId = new Map(props.bodies.map((body) => [body.id, body]));
  return (
    <AdminLayout title={title} breadcrumbs={processCrumbs(view, props.process)}>
      <h1>{title}</h1>
      <ProcessAdminNav process={props.process} current="bodies" />
      <p>
        <a class="button" href={view.href(processAdminPath(props.process.id, 'bodies', 'new'))}>
          {view.t('processes.admin.bodies.add')}
        </a>
      </p>
      {props.bodies.length === 0 ? (
        <p>{view.t('processes.admin.bodies.empty')}</p>
      ) : (
        <TableScroll label={view.t('processes.admin.bodies.caption')}>
          <table class="data-table">
            <caption>{view.t('processes.admin.bodies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.bodies.columnName')}</th>
                <th scope="col">{view.t('processes.admin.bodies.columnKind')}</th>
                <th scope="col">{view.t('processes.admin.bodies.columnParent')}</th>
                <th scope="col">{view.t('processes.admin.bodies.columnMembers')}</th>
                <th scope="col">{view.t('processes.admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.bodies.map((body) => (
                <BodyRow key={body.id} process={props.process} body={body} parent={body.parentId ? byId.get(body.parentId) : undefined} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
