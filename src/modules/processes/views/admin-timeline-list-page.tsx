import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { AdminPhase } from '../queries/admin-phases.ts';
import type { AdminTimelineItem } from '../queries/admin-timeline.ts';
import type { Process } from '../queries/find-process.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';
import { TIMELINE_KIND_LABELS } from './admin-labels.ts';
import { Localized } from './admin-localized.tsx';
import { processAdminPath } from './admin-paths.ts';
import { ProcessAdminNav } from './admin-process-nav.tsx';
import { TimelineDate } from './admin-timeline-date.tsx';

function TimelineRow(props: {
  process: Process;
  item: AdminTimelineItem;
  phases: Map<string, AdminPhase>;
  bodies: Map<string, AdminBody>;
}) {
  const view = useView();
  const { process, item } = props;
  const phase = item.phaseId ? props.phases.get(item.phaseId) : undefined;
  const audience = item.audienceBodyIds.flatMap((id) => props.bodies.get(id) ?? []);
  const hidden = (
    <span class="visually-hidden">
      {': '}
      <Localized text={item.title} />
    </span>
  );
  return (
    <tr>
      <td>
        <TimelineDate item={item} />
      </td>
      <th scope="row">
        <Localized text={item.title} />
      </th>
      <td>{view.t(TIMELINE_KIND_LABELS[item.kind])}</td>
      <td>{phase ? <Localized text={phase.title} /> : '–'}</td>
      <td>
        {audience.length === 0 ? (
          '–'
        ) : (
          <ul class="mb-0">
            {audience.map((body) => (
              <li key={body.id}>
                <Localized text={body.name} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td class="actions">
        <a href={view.href(processAdminPath(process.id, 'timeline', item.id))}>
          {view.t('processes.admin.edit.link')}
          {hidden}
        </a>
        <a href={view.href(processAdminPath(process.id, 'timeline', item.id, 'delete'))}>
          {view.t('processes.admin.delete.link')}
          {hidden}
        </a>
      </td>
    </tr>
  );
}

/** A process's timeline in date order, with its phases and audiences. */
export function AdminTimelineListPage(props: { process: Process; items: AdminTimelineItem[]; phases: AdminPhase[]; bodies: AdminBody[] }) {
  const view = useView();
  const title = view.t('processes.admin.timeline.title', { title: view.text(props.process.title) });
  const phases = new Map(props.phases.map((phase) => [phase.id, phase]));
  const bodies = new Map(props.bodies.map((body) => [body.id, body]));
  return (
    <AdminLayout title={title} breadcrumbs={processCrumbs(view, props.process)}>
      <h1>{title}</h1>
      <ProcessAdminNav process={props.process} current="timeline" />
      <p>
        <a class="button" href={view.href(processAdminPath(props.process.id, 'timeline', 'new'))}>
          {view.t('processes.admin.timeline.add')}
        </a>
      </p>
      {props.items.length === 0 ? (
        <p>{view.t('processes.admin.timeline.empty')}</p>
      ) : (
        <TableScroll label={view.t('processes.admin.timeline.caption')}>
          <table class="data-table">
            <caption>{view.t('processes.admin.timeline.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.timeline.columnDate')}</th>
                <th scope="col">{view.t('processes.admin.timeline.columnTitle')}</th>
                <th scope="col">{view.t('processes.admin.timeline.columnKind')}</th>
                <th scope="col">{view.t('processes.admin.timeline.columnPhase')}</th>
                <th scope="col">{view.t('processes.admin.timeline.columnAudience')}</th>
                <th scope="col">{view.t('processes.admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <TimelineRow key={item.id} process={props.process} item={item} phases={phases} bodies={bodies} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
