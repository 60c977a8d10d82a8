/**
 * Wall-clock time in an organisation's time zone (Europe/Helsinki): what a
 * form shows and takes, while the database keeps UTC instants.
 */

/** A wall-clock date and time in some time zone: 'YYYY-MM-DD' and 'HH:MM'. */
export interface WallTime {
  date: string;
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a time zone. */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

function wallMilliseconds(wall: WallTime): number {
  return Date.parse(`${wall.date}T${wall.time}:00Z`);
}

/** Minutes the zone is ahead of UTC at an instant (120 for EET, 180 for EEST). */
function offsetMinutes(instant: number, timeZone: string): number {
  return Math.round((wallMilliseconds(toWallTime(new Date(instant), timeZone)) - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time names in a time zone, daylight saving
 * included. In the autumn hour that happens twice the earlier one is meant;
 * a time skipped in spring (03:30 on the last Sunday of March in Helsinki)
 * names no instant and answers null, so a form can say so.
 */
export function fromWallTime(wall: WallTime, timeZone: string): Date | null {
  const naive = wallMilliseconds(wall);
  if (Number.isNaN(naive)) return null;
  const candidates = [naive - 14 * 3_600_000, naive + 14 * 3_600_000]
    .map((probe) => naive - offsetMinutes(probe, timeZone) * 60_000)
    // Years Intl does not write with four digits (before 1000, after 9999) give no offset.
    .filter((candidate) => !Number.isNaN(candidate))
    .sort((a, b) => a - b);
  for (const candidate of candidates) {
    const back = toWallTime(new Date(candidate), timeZone);
    if (back.date === wall.date && back.time === wall.time) return new Date(candidate);
  }
  return null;
}

const ZONE_SUFFIX = /(Z|[+-]\d{2}:\d{2})$/;

/** True for a date-and-time text that names its own zone ('…Z', '…+02:00'), so no wall time is meant. */
export function namesTimeZone(value: string): boolean {
  return ZONE_SUFFIX.test(value);
}

/**
 * The wall time in a datetime-local field's 'YYYY-MM-DDTHH:MM' (seconds after
 * it are ignored); null for a text of another shape. Whether the date exists
 * is for fromWallTime to say.
 */
export function parseDateTimeLocal(value: string): WallTime | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match?.[1] && match[2] ? { date: match[1], time: match[2] } : null;
}

/**
 * The instant a form's or an API's date-and-time text names: one with its own
 * zone is that instant, a local 'YYYY-MM-DDTHH:MM' is wall time in the given
 * zone (as fromWallTime reads it). Null when it names none.
 */
export function instantOfDateTime(value: string, timeZone: string): Date | null {
  if (namesTimeZone(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const wall = parseDateTimeLocal(value);
  return wall ? fromWallTime(wall, timeZone) : null;
}

/**
 * A stored instant (ISO text) as a datetime-local field's 'YYYY-MM-DDTHH:MM'
 * in a time zone; none, or text that is no instant, is a blank field.
 */
export function toDateTimeLocal(value: string | null, timeZone: string): string {
  const instant = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(instant)) return '';
  const wall = toWallTime(new Date(instant), timeZone);
  return `${wall.date}T${wall.time}`;
}
