import { instantOfDateTime, namesTimeZone, parseDateTimeLocal } from '../../platform/zoned-time.ts';

/** True for a real calendar date written 'YYYY-MM-DD' (no 2013-02-30), within sensible years. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01' || value > '2199-12-31') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The UTC instant (ISO text) of a form's local 'YYYY-MM-DDTHH:MM' in the
 * organisation's time zone; a value that names its zone is kept as that instant.
 * A local date outside 1900–2199 names none.
 */
export function localDateTimeToUtc(value: string, timeZone: string): string | null {
  const wall = parseDateTimeLocal(value);
  if (wall && !namesTimeZone(value) && !isCalendarDate(wall.date)) return null;
  return instantOfDateTime(value, timeZone)?.toISOString() ?? null;
}
