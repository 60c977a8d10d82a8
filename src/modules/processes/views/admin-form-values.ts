import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** A form's values as posted (after unflattenForm) or as loaded from the database, shown back in the fields. */
export type FormValues = Record<string, unknown>;

/** A single text value of a form ('' when absent or not a string). */
export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** A localized text value of a form (fi, sv, en; each '' when absent). */
export function localizedOf(values: FormValues, name: string): Partial<LocalizedText> {
  const value = values[name];
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const pick = (locale: string) => (typeof record[locale] === 'string' ? (record[locale] as string) : '');
  return { fi: pick('fi'), sv: pick('sv'), en: pick('en') };
}

/** The values of a checkbox group. */
export function listOf(values: FormValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}
