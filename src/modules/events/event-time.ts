import { toWallTime } from '../../platform/zoned-time.ts';

type FormatDate = (date: Date | string, options?: Intl.DateTimeFormatOptions) => string;

/**
 * An event's time as people read it, in the organisation's time zone:
 * "perjantai 22. maaliskuuta 2013 klo 9.00–12.00", or both dates when it
 * runs over midnight.
 */
export function formatEventTime(formatDate: FormatDate, event: { startsAt: string; endsAt: string }, timeZone: string): string {
  const sameDay = toWallTime(new Date(event.startsAt), timeZone).date === toWallTime(new Date(event.endsAt), timeZone).date;
  const start = formatDate(event.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const end = sameDay
    ? formatDate(event.endsAt, { timeStyle: 'short', timeZone })
    : formatDate(event.endsAt, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return `${start}–${end}`;
}
