import { useView } from '../../../platform/views/context.ts';
import { formatEventTime } from '../event-time.ts';
import type { Event } from '../queries/find-event.ts';
import { AUDIENCE_LABELS, KIND_LABELS, langOf, STATUS_LABELS } from './labels.ts';

/** An event's time in the organisation's time zone, as text. */
export function useEventTime(event: Pick<Event, 'startsAt' | 'endsAt'>): string {
  const view = useView();
  return formatEventTime((date, options) => view.formatDate(date, options), event, view.organisation.timeZone);
}

/** When, where, what kind, for whom and who is responsible: a summary list. */
export function EventFacts(props: { event: Event; audienceNames: string[] }) {
  const view = useView();
  const { event } = props;
  const place = view.text(event.place);
  const responsible = view.text(event.responsible);
  return (
    <dl class="summary-list">
      <div>
        <dt>{view.t('events.facts.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{useEventTime(event)}</time>
        </dd>
      </div>
      {place && (
        <div>
          <dt>{view.t('events.facts.where')}</dt>
          <dd lang={langOf(view, event.place)}>{place}</dd>
        </div>
      )}
      {event.onlineUrl && (
        <div>
          <dt>{view.t('events.facts.online')}</dt>
          <dd>
            <a href={event.onlineUrl} rel="noopener noreferrer">
              {event.onlineUrl}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{view.t('events.facts.kind')}</dt>
        <dd>{view.t(KIND_LABELS[event.kind])}</dd>
      </div>
      <div>
        <dt>{view.t('events.facts.status')}</dt>
        <dd>{view.t(STATUS_LABELS[event.status])}</dd>
      </div>
      <div>
        <dt>{view.t('events.facts.audience')}</dt>
        <dd>
          {(event.audience === 'bodies' || event.audience === 'units') && props.audienceNames.length > 0
            ? props.audienceNames.join(', ')
            : view.t(AUDIENCE_LABELS[event.audience])}
        </dd>
      </div>
      {responsible && (
        <div>
          <dt>{view.t('events.facts.responsible')}</dt>
          <dd lang={langOf(view, event.responsible)}>{responsible}</dd>
        </div>
      )}
    </dl>
  );
}
