import { Button, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AttendanceRow } from '../queries/attendance-by-value.ts';
import type { Event } from '../queries/find-event.ts';
import type { RegistrationItem } from '../queries/list-registrations.ts';
import type { SeatSummary } from '../queries/seat-summary.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { AdminEventFrame } from './admin-event-frame.tsx';
import type { AttributeChoices } from './admin-registrations-page.tsx';
import { langOf } from './labels.ts';

function ArrivalCell(props: { event: Event; item: RegistrationItem; query: string }) {
  const view = useView();
  const { item } = props;
  const arrived = item.checkedInAt !== null;
  const time = arrived ? view.formatDate(item.checkedInAt!, { timeStyle: 'short', timeZone: view.organisation.timeZone }) : '';
  return (
    <td>
      <span>{arrived ? view.t('events.checkIn.arrivedAt', { time }) : view.t('events.checkIn.notArrived')}</span>
      <Form action={view.href(`/admin/events/${props.event.id}/check-in/${item.id}`)} class="inline-form">
        <input type="hidden" name="arrived" value={arrived ? 'no' : 'yes'} />
        <input type="hidden" name="q" value={props.query} />
        <Button variant={arrived ? 'secondary' : 'primary'}>
          {arrived ? view.t('events.checkIn.undo', { name: item.name }) : view.t('events.checkIn.mark', { name: item.name })}
        </Button>
      </Form>
    </td>
  );
}

interface CountRow {
  key: string;
  label: string;
  lang?: string;
  first: number;
  second: number;
}

function CountTable(props: { caption: string; headings: [string, string, string]; rows: CountRow[] }) {
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.headings[0]}</th>
            <th scope="col" class="text-right">
              {props.headings[1]}
            </th>
            <th scope="col" class="text-right">
              {props.headings[2]}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" lang={row.lang}>
                {row.label}
              </th>
              <td class="text-right">{row.first}</td>
              <td class="text-right">{row.second}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Attendance(props: { seats: SeatSummary; byValue: AttendanceRow[]; choices: AttributeChoices | null }) {
  const view = useView();
  const label = props.choices?.label ?? '';
  const labelOf = (value: string | null) =>
    props.choices?.options.find((option) => option.value === value)?.label ?? view.t('events.checkIn.noValue');
  const quotaRows = props.seats.quotas.map((quota) => ({
    key: quota.id,
    label: view.text(quota.label),
    lang: langOf(view, quota.label),
    first: quota.seats,
    second: quota.checkedIn,
  }));
  const valueRows = props.byValue.map((row) => ({
    key: row.attributeValue ?? 'none',
    label: labelOf(row.attributeValue),
    first: row.confirmed,
    second: row.arrived,
  }));
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{view.t('events.checkIn.attendance')}</h2>
      <p>{view.t('events.checkIn.total', { arrived: props.seats.checkedIn, confirmed: props.seats.confirmed })}</p>
      {quotaRows.length > 0 && (
        <CountTable
          caption={view.t('events.checkIn.byQuota')}
          headings={[label, view.t('events.seats.seats'), view.t('events.checkIn.arrived')]}
          rows={quotaRows}
        />
      )}
      {props.choices && valueRows.length > 0 && (
        <CountTable
          caption={view.t('events.checkIn.byValue', { attribute: label })}
          headings={[label, view.t('events.checkIn.confirmed'), view.t('events.checkIn.arrived')]}
          rows={valueRows}
        />
      )}
    </section>
  );
}

/** The check-in list at the door: search by name, mark arrivals (phone-sized buttons), print it, and count attendance. */
export function AdminCheckInPage(props: {
  event: Event;
  items: RegistrationItem[];
  query: string;
  seats: SeatSummary;
  byValue: AttendanceRow[];
  choices: AttributeChoices | null;
}) {
  const view = useView();
  const labelOf = (value: string | null) => props.choices?.options.find((option) => option.value === value)?.label ?? '';
  return (
    <AdminEventFrame event={props.event} section="checkIn" title={view.t('events.checkIn.title', { event: view.text(props.event.title) })}>
      <form method="get" action={view.href(`/admin/events/${props.event.id}/check-in`)} class="timeline__filter">
        <TextField
          name="q"
          type="search"
          label={view.t('events.checkIn.search')}
          value={props.query}
          maxLength={EVENT_LIMITS.searchMax}
          required={false}
        />
        <Button variant="secondary">{view.t('events.checkIn.searchButton')}</Button>
      </form>
      <TableScroll label={view.t('events.checkIn.caption', { count: props.items.length })}>
        <table class="data-table">
          <caption>{view.t('events.checkIn.caption', { count: props.items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{view.t('events.register.name')}</th>
              {props.choices && <th scope="col">{props.choices.label}</th>}
              <th scope="col">{view.t('events.checkIn.arrival')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                {props.choices && <td>{labelOf(item.attributeValue)}</td>}
                <ArrivalCell event={props.event} item={item} query={props.query} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Attendance seats={props.seats} byValue={props.byValue} choices={props.choices} />
    </AdminEventFrame>
  );
}
