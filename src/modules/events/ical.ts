import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { type Locale, localize } from '../../platform/i18n/locales.ts';
import type { Event } from './queries/find-event.ts';
import type { EventStatus } from './tables.ts';

const STATUS: Record<EventStatus, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** One event in a calendar, with its page's address. */
export interface CalendarEntry {
  event: Event;
  url: string;
}

/** The stable UID of an event: a change or cancellation replaces the same entry in people's calendars. */
export function eventUid(event: Pick<Event, 'id'>): string {
  return `${event.id}@tarina.events`;
}

function locationOf(event: Event, locale: Locale): string | null {
  const place = localize(event.place, locale);
  const parts = [place, event.onlineUrl].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' – ') : null;
}

/**
 * An iCalendar (RFC 5545) document of events in one language. Times are
 * written in UTC, which every calendar reads the same way whatever its own
 * zone; a cancelled event stays in with STATUS:CANCELLED and a higher
 * SEQUENCE, so subscribed calendars strike it instead of silently keeping it.
 */
export function renderCalendar(entries: CalendarEntry[], options: { name: string; locale: Locale; method?: 'publish' | 'cancel' }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Tarina', product: 'events', language: options.locale.toUpperCase() },
    method: options.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  for (const { event, url } of entries) {
    const description = [localize(event.description, options.locale), localize(event.agenda, options.locale), url]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: eventUid(event),
      sequence: event.sequence,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      stamp: new Date(event.updatedAt),
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      summary: localize(event.title, options.locale),
      description,
      location: locationOf(event, options.locale),
      url,
      status: STATUS[event.status],
    });
  }
  return calendar.toString();
}
