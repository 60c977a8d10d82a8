import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { SeatSummary } from '../queries/seat-summary.ts';
import { langOf } from './labels.ts';

/** How the seats stand, in words and, with quotas, as a table per unit or sector. */
export function SeatTable(props: { seats: SeatSummary; attributeLabel: string }) {
  const view = useView();
  const { seats } = props;
  if (seats.capacity === null) {
    return <p>{view.t('events.seats.unlimited', { confirmed: seats.confirmed })}</p>;
  }
  const free = Math.max(0, seats.capacity - seats.confirmed);
  return (
    <>
      <p>{view.t('events.seats.summary', { capacity: seats.capacity, confirmed: seats.confirmed, free, waitlisted: seats.waitlisted })}</p>
      {seats.quotas.length > 0 && (
        <TableScroll label={view.t('events.seats.caption')}>
          <table class="data-table">
            <caption>{view.t('events.seats.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{props.attributeLabel}</th>
                <th scope="col" class="text-right">
                  {view.t('events.seats.seats')}
                </th>
                <th scope="col" class="text-right">
                  {view.t('events.seats.taken')}
                </th>
                <th scope="col" class="text-right">
                  {view.t('events.seats.waitlist')}
                </th>
              </tr>
            </thead>
            <tbody>
              {seats.quotas.map((quota) => (
                <tr key={quota.id}>
                  <th scope="row" lang={langOf(view, quota.label)}>
                    {view.text(quota.label)}
                  </th>
                  <td class="text-right">{quota.seats}</td>
                  <td class="text-right">{quota.confirmed}</td>
                  <td class="text-right">{quota.waitlisted}</td>
                </tr>
              ))}
              {seats.open.seats !== null && (seats.open.seats > 0 || seats.open.confirmed > 0 || seats.released) && (
                <tr>
                  <th scope="row">{seats.released ? view.t('events.seats.released') : view.t('events.seats.open')}</th>
                  <td class="text-right">{seats.released ? '–' : seats.open.seats}</td>
                  <td class="text-right">{seats.open.confirmed}</td>
                  <td class="text-right">{seats.open.waitlisted}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
