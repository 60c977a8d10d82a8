import { type LocalizedText, localizedLanguage } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';

/** A localized text in the page's language; a fallback language is marked with `lang` for screen readers. */
export function Localized(props: { text: LocalizedText | null | undefined }) {
  const view = useView();
  const language = localizedLanguage(props.text, view.locale);
  const value = view.text(props.text);
  return language === view.locale ? value : <span lang={language}>{value}</span>;
}
