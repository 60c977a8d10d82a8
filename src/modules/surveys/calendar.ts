import { refuse } from '../../platform/domain/refusal.ts';
import { instantOfDateTime, namesTimeZone, parseDateTimeLocal } from '../../platform/zoned-time.ts';
import type { SurveySettingsInput } from './schemas.ts';

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

/** Settings with their local times turned into UTC instants in the organisation's time zone. */
export function withUtcTimes(settings: SurveySettingsInput, timeZone: string): SurveySettingsInput {
  const convert = (field: 'opensAt' | 'closesAt') => {
    const value = settings[field];
    if (!value) return null;
    const utc = localDateTimeToUtc(value, timeZone);
    if (!utc) throw refuse.invalid({ [field]: { key: 'surveys.validation.dateTime' } });
    return utc;
  };
  return { ...settings, opensAt: convert('opensAt'), closesAt: convert('closesAt') };
}
