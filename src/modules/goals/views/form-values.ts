import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** A posted value as a string for a field (absent or not a string: empty). */
export function stringValue(values: Record<string, unknown> | undefined, name: string): string {
  const value = values?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A posted LocalizedText for LocalizedTextFields. */
export function textValue(values: Record<string, unknown> | undefined, name: string): Partial<LocalizedText> {
  const value = values?.[name];
  return value && typeof value === 'object' ? (value as Partial<LocalizedText>) : {};
}
