import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { VisibleEvent } from '../queries/list-visible-events.ts';
import type { RegistrationCounts } from '../queries/registration-counts.ts';
import { useEventTime } from './event-facts.tsx';
import { langOf, MODE_LABELS, STATUS_LABELS } from './labels.ts';

function Row(props: { entry: VisibleEvent; counts: RegistrationCounts | undefined }) {
  const view = useView();
  const { event, process } = props.entry;
  const manage = view.can('events.event.manage', { processId: event.processId });
  const counts = props.counts ?? { confirmed: 0, waitlisted: 0 };
  return (
    <tr>
      <td>
        <time dateTime={event.startsAt}>{useEventTime(event)}</time>
      </td>
      <th scope="row">
        <a
          href={view.href(manage ? `/admin/events/${event.id}/edit` : `/admin/events/${event.id}/check-in`)}
          lang={langOf(view, event.title)}
        >
          {view.text(event.title)}
        </a>
      </th>
      <td lang={langOf(view, process.title)}>{view.text(process.title)}</td>
      <td>{view.t(STATUS_LABELS[event.status])}</td>
      <td>{view.t(MODE_LABELS[event.registrationMode])}</td>
      <td class="text-right">
        {event.registrationMode === 'none'
          ? '–'
          : event.capacity === null
            ? view.t('events.admin.countCellUnlimited', { confirmed: counts.confirmed, waitlisted: counts.waitlisted })
            : view.t('events.admin.countCell', { confirmed: counts.confirmed, capacity: event.capacity, waitlisted: counts.waitlisted })}
      </td>
    </tr>
  );
}

/** Every event the organiser may manage or check people in to, with how full each is. */
export function AdminEventsPage(props: { entries: VisibleEvent[]; counts: Map<string, RegistrationCounts>; managed: Process[] }) {
  const view = useView();
  const title = view.t('events.admin.navigation');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      {props.managed.length > 0 && (
        <p>
          <a class="button" href={view.href('/admin/events/new')}>
            {view.t('events.admin.new')}
          </a>
        </p>
      )}
      {props.entries.length === 0 ? (
        <p>{view.t('events.admin.none')}</p>
      ) : (
        <TableScroll label={title}>
          <table class="data-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('events.facts.when')}</th>
                <th scope="col">{view.t('events.form.title')}</th>
                <th scope="col">{view.t('events.admin.process')}</th>
                <th scope="col">{view.t('events.facts.status')}</th>
                <th scope="col">{view.t('events.settings.mode')}</th>
                <th scope="col" class="text-right">
                  {view.t('events.admin.registrations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((entry) => (
                <Row key={entry.event.id} entry={entry} counts={props.counts.get(entry.event.id)} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
