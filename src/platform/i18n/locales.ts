import { z } from 'zod';

/** The languages of the UI, Finnish first: it is the fallback for every text. */
export const LOCALES = ['fi', 'sv', 'en'] as const;

/** One of the UI languages. */
export type Locale = (typeof LOCALES)[number];

/** Narrows an unknown string to a Locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best UI language from an Accept-Language header (q-values honoured). */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'fi';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = quality ? Number.parseFloat(quality.slice(2)) : 1;
      return { language: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (isLocale(entry.language)) return entry.language;
    if (entry.language === 'nb' || entry.language === 'nn' || entry.language === 'no' || entry.language === 'da') {
      return 'sv';
    }
  }
  return 'fi';
}

/** A text in each UI language; Finnish is required, the others fall back to it. */
export interface LocalizedText {
  fi: string;
  sv?: string | undefined;
  en?: string | undefined;
}

/** Picks the text for a locale, falling back to Finnish, then to any language given. */
export function localize(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.fi || text.sv || text.en || '';
}

/** The language a localized text is actually shown in (for the lang attribute on fallbacks). */
export function localizedLanguage(text: LocalizedText | null | undefined, locale: Locale): Locale {
  if (!text || text[locale]) return locale;
  if (text.fi) return 'fi';
  if (text.sv) return 'sv';
  return text.en ? 'en' : locale;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Schema of a LocalizedText with a length limit on each language (Finnish required). */
export function localizedTextSchema(maxLength: number, options: { required?: boolean } = {}) {
  const fi = z.string().trim().max(maxLength);
  return z.object({
    fi: options.required === false ? fi : fi.min(1),
    sv: z.preprocess(blankToUndefined, z.string().trim().max(maxLength).optional()),
    en: z.preprocess(blankToUndefined, z.string().trim().max(maxLength).optional()),
  });
}
