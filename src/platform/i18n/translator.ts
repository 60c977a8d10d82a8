import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { LOCALES, type Locale } from './locales.ts';

/** A flat catalogue of ICU messages, keys namespaced by module: `events.registration.confirmed`. */
export type Catalog = Record<string, string>;

/** The catalogues of one module (or the platform) in every language. */
export type Catalogs = Record<Locale, Catalog>;

/** Values that may fill a message's named variables. */
export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

/** Translates message keys in the three UI languages. */
export interface Translator {
  t(locale: Locale, key: string, values?: MessageValues): string;
  has(key: string): boolean;
  formatDate(locale: Locale, date: Date | string, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string;
}

/** The organisation's time zone, in which every date is shown. */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat for a locale and options, built once and reused: building
 * one costs far more than formatting with it, and pages format dozens of dates.
 * The options must be plain data (they are the cache key).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    // The keys come from code, not from requests, so the map stays small; the bound is a safety net.
    if (dateTimeFormats.size >= 1000) dateTimeFormats.clear();
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** Merges catalogues and builds one ICU formatter per language. A duplicate key is an error. */
export function createTranslator(sources: Catalogs[], timeZone = DEFAULT_TIME_ZONE): Translator {
  const merged = Object.fromEntries(LOCALES.map((locale) => [locale, {} as Catalog])) as Catalogs;
  for (const source of sources) {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(source[locale])) {
        if (key in merged[locale]) throw new Error(`Message key ${key} (${locale}) is defined twice`);
        merged[locale][key] = message;
      }
    }
  }
  const cache = createIntlCache();
  const intls = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      createIntl(
        {
          locale,
          timeZone,
          messages: merged[locale],
          defaultLocale: 'fi',
          onError: (error) => {
            if (error.code !== 'MISSING_TRANSLATION') console.error(error.message);
          },
        },
        cache,
      ),
    ]),
  ) as Record<Locale, IntlShape<string>>;
  // A message without values always formats to the same text: format it once per language.
  const plain = Object.fromEntries(LOCALES.map((locale) => [locale, new Map<string, string>()])) as Record<Locale, Map<string, string>>;
  const format = (locale: Locale, key: string, values?: MessageValues): string => {
    const message = merged[locale][key] ?? merged.fi[key];
    if (message === undefined) return key;
    return intls[locale].formatMessage({ id: key, defaultMessage: message }, values as never) as string;
  };
  return {
    t: (locale, key, values) => {
      if (values !== undefined) return format(locale, key, values);
      const known = plain[locale].get(key);
      if (known !== undefined) return known;
      const text = format(locale, key);
      if (key in merged.fi) plain[locale].set(key, text);
      return text;
    },
    has: (key) => key in merged.fi,
    // The same result as @formatjs/intl's formatDate (the organisation's zone unless the options name one,
    // and the date's own text when it cannot be formatted), without its per-call option merging.
    formatDate: (locale, date, options = { dateStyle: 'long' }) => {
      const value = typeof date === 'string' ? new Date(date || 0) : date;
      try {
        return dateTimeFormat(locale, { timeZone, ...options }).format(value);
      } catch (error) {
        console.error(`Error formatting date: ${(error as Error).message}`);
        return String(value);
      }
    },
    formatNumber: (locale, value, options) => intls[locale].formatNumber(value, options as Parameters<IntlShape['formatNumber']>[1]),
  };
}
