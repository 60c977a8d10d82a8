import { dateTimeFormat } from '../../../platform/i18n/translator.ts';
import type { ViewContextValue } from '../../../platform/views/context.ts';

// Phase and timeline dates are calendar days ('YYYY-MM-DD') and times are
// wall-clock times ('09:00') as the organisation wrote them, not instants:
// formatting them as UTC midnight/time in UTC keeps the day and the hour
// exactly as written, whatever the server's or the browser's time zone.
const CALENDAR_ZONE = 'UTC';

function asInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00Z`);
}

// ICU builds an interval formatter on every formatRange call, the costliest step of a
// process page; a span of days always reads the same in a language, so say it once.
const spans = new Map<string, string>();
const MAX_SPANS = 5000;

function formatSpan(locale: string, options: Intl.DateTimeFormatOptions, from: Date, to: Date, key: string): string {
  const cacheKey = `${locale}|${JSON.stringify(options)}|${key}`;
  let text = spans.get(cacheKey);
  if (text === undefined) {
    text = dateTimeFormat(locale, { ...options, timeZone: CALENDAR_ZONE }).formatRange(from, to);
    if (spans.size >= MAX_SPANS) spans.clear();
    spans.set(cacheKey, text);
  }
  return text;
}

/** A calendar date in the page's language, e.g. "10. huhtikuuta 2013". */
export function formatCalendarDate(view: ViewContextValue, date: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) {
  return view.formatDate(asInstant(date), { ...options, timeZone: CALENDAR_ZONE });
}

/** A span of calendar dates, with the shared parts said once ("22.–23. huhtikuuta 2013"). */
export function formatCalendarRange(
  view: ViewContextValue,
  startsOn: string,
  endsOn: string | null,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  if (!endsOn || endsOn === startsOn) return formatCalendarDate(view, startsOn, options);
  return formatSpan(view.locale, options, asInstant(startsOn), asInstant(endsOn), `${startsOn}/${endsOn}`);
}

/** A wall-clock time or span of times in the page's language ("9.00–11.00", "9:00 – 11:00 AM"). */
export function formatWallTime(view: ViewContextValue, startTime: string, endTime: string | null): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  const start = asInstant('2000-01-01', startTime);
  if (!endTime) return dateTimeFormat(view.locale, { ...options, timeZone: CALENDAR_ZONE }).format(start);
  return formatSpan(view.locale, options, start, asInstant('2000-01-01', endTime), `${startTime}/${endTime}`);
}

/** Upper-cases the first letter, for month names used as headings ("maaliskuu" → "Maaliskuu"). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
