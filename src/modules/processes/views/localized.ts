import { type LocalizedText, localizedLanguage } from '../../../platform/i18n/locales.ts';
import type { ViewContextValue } from '../../../platform/views/context.ts';

/**
 * The `lang` attribute for a text shown in a fallback language (a Swedish page
 * showing the Finnish original), so screen readers pronounce it right;
 * undefined when the text is in the page's own language.
 */
export function langOf(view: ViewContextValue, text: LocalizedText | null | undefined): string | undefined {
  const language = localizedLanguage(text, view.locale);
  return language === view.locale ? undefined : language;
}
