import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Form } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminPhase } from '../queries/admin-phases.ts';
import type { Process } from '../queries/find-process.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { Localized } from './admin-localized.tsx';
import { processAdminPath } from './admin-paths.ts';
import { ProcessAdminNav } from './admin-process-nav.tsx';

function MoveButton(props: { process: Process; phase: AdminPhase; direction: 'up' | 'down' }) {
  const view = useView();
  return (
    <Form action={view.href(processAdminPath(props.process.id, 'phases', props.phase.id, 'move'))} class="inline-form">
      <input type="hidden" name="direction" value={props.direction} />
      <button type="submit" class="button button--secondary button--small">
        {view.t(props.direction === 'up' ? 'processes.admin.phases.moveUp' : 'processes.admin.phases.moveDown')}
        <span class="visually-hidden">
          {': '}
          <Localized text={props.phase.title} />
        </span>
      </button>
    </Form>
  );
}

function PhaseRow(props: { process: Process; phase: AdminPhase; index: number; count: number }) {
  const view = useView();
  const { process, phase } = props;
  const dates = view.t('processes.admin.dateRange', {
    start: view.formatDate(phase.startsOn, { dateStyle: 'medium' }),
    end: view.formatDate(phase.endsOn, { dateStyle: 'medium' }),
  });
  return (
    <tr>
      <td>{props.index + 1}</td>
      <th scope="row">
        <Localized text={phase.title} />
      </th>
      <td>{dates}</td>
      <td class="actions">
        <a href={view.href(processAdminPath(process.id, 'phases', phase.id))}>
          {view.t('processes.admin.edit.link')}
          <span class="visually-hidden">
            {': '}
            <Localized text={phase.title} />
          </span>
        </a>
        {props.index > 0 && <MoveButton process={process} phase={phase} direction="up" />}
        {props.index < props.count - 1 && <MoveButton process={process} phase={phase} direction="down" />}
        <a href={view.href(processAdminPath(process.id, 'phases', phase.id, 'delete'))}>
          {view.t('processes.admin.delete.link')}
          <span class="visually-hidden">
            {': '}
            <Localized text={phase.title} />
          </span>
        </a>
      </td>
    </tr>
  );
}

/** The phases of a process in order, with edit, move and delete actions. */
export function AdminPhaseListPage(props: { process: Process; phases: AdminPhase[] }) {
  const view = useView();
  const title = view.t('processes.admin.phases.title', { title: view.text(props.process.title) });
  return (
    <AdminLayout title={title} breadcrumbs={processCrumbs(view, props.process)}>
      <h1>{title}</h1>
      <ProcessAdminNav process={props.process} current="phases" />
      <p>
        <a class="button" href={view.href(processAdminPath(props.process.id, 'phases', 'new'))}>
          {view.t('processes.admin.phases.add')}
        </a>
      </p>
      {props.phases.length === 0 ? (
        <p>{view.t('processes.admin.phases.empty')}</p>
      ) : (
        <TableScroll label={view.t('processes.admin.phases.caption')}>
          <table class="data-table">
            <caption>{view.t('processes.admin.phases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.phases.columnOrder')}</th>
                <th scope="col">{view.t('processes.admin.phases.columnTitle')}</th>
                <th scope="col">{view.t('processes.admin.phases.columnDates')}</th>
                <th scope="col">{view.t('processes.admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.phases.map((phase, index) => (
                <PhaseRow key={phase.id} process={props.process} phase={phase} index={index} count={props.phases.length} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
