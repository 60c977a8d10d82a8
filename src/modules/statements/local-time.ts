/**
 * Opening and closing times are typed in the organisation's time zone
 * (a datetime-local field has none) and stored as UTC instants.
 */

function offsetMilliseconds(instant: number, timeZone: string): number {
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
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant (ISO text) of a local 'YYYY-MM-DDTHH:MM' in a time zone; a
 * value that names its own zone is taken as that instant. Null for a date
 * that does not exist (2013-02-30).
 */
export function localToInstant(value: string, timeZone: string): string | null {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return null;
  // Two passes: the offset at the guessed instant can differ from the offset at the real one around a clock change.
  const first = naive - offsetMilliseconds(naive, timeZone);
  return new Date(naive - offsetMilliseconds(first, timeZone)).toISOString();
}

/** The local 'YYYY-MM-DDTHH:MM' of a stored instant, for a datetime-local field. */
export function instantToLocal(value: string | null, timeZone: string): string {
  if (!value) return '';
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + offsetMilliseconds(instant, timeZone)).toISOString().slice(0, 16);
}
