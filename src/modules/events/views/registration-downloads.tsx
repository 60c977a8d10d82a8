import { useView } from '../../../platform/views/context.ts';

/** Links to the registration list as CSV and XLSX, with headers in the organiser's language. */
export function RegistrationDownloads(props: { eventId: string }) {
  const view = useView();
  const href = (format: 'csv' | 'xlsx') => `/api/v1/events/${props.eventId}/registrations/export?format=${format}&lang=${view.locale}`;
  return (
    <ul class="actions">
      <li>
        <a href={href('csv')} download>
          {view.t('events.organiser.downloadCsv')}
        </a>
      </li>
      <li>
        <a href={href('xlsx')} download>
          {view.t('events.organiser.downloadXlsx')}
        </a>
      </li>
    </ul>
  );
}
