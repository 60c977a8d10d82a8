import { type Locale, type LocalizedText, localizedLanguage } from '../../../platform/i18n/locales.ts';

/**
 * The lang attribute for a text shown in a fallback language (e.g. Finnish on
 * the Swedish page), so screen readers pronounce it right; undefined when the
 * text is in the page's own language.
 */
export function fallbackLang(text: LocalizedText | null | undefined, locale: Locale): Locale | undefined {
  const shown = localizedLanguage(text, locale);
  return shown === locale ? undefined : shown;
}
