/** True for a real calendar date written 'YYYY-MM-DD' (no 2013-02-30), within sensible years. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01' || value > '2199-12-31') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function zoneOffsetMilliseconds(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant (ISO text) of a form's local 'YYYY-MM-DDTHH:MM' in the
 * organisation's time zone; a value that names its zone is kept as that instant.
 */
export function localDateTimeToUtc(value: string, timeZone: string): string | null {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match || !isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`) || Number(match[4]) > 23 || Number(match[5]) > 59) return null;
  const guess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  const first = guess - zoneOffsetMilliseconds(guess, timeZone);
  const second = guess - zoneOffsetMilliseconds(first, timeZone);
  return new Date(second).toISOString();
}

/** The local 'YYYY-MM-DDTHH:MM' of a UTC instant in a time zone, for a datetime-local field. */
export function utcToLocalDateTime(value: string | null, timeZone: string): string {
  if (!value) return '';
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + zoneOffsetMilliseconds(instant, timeZone)).toISOString().slice(0, 16);
}
