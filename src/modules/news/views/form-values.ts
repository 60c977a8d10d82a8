import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';

/** A submitted field as text; anything else (an array, a missing field) shows as empty. */
export function formText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A submitted `name.fi`/`name.sv`/`name.en` group as text in each language. */
export function formLocalizedText(value: unknown): Partial<LocalizedText> {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(LOCALES.map((locale) => [locale, formText(source[locale])]));
}
