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
  return {
    t: (locale, key, values) => {
      const message = merged[locale][key] ?? merged.fi[key];
      if (message === undefined) return key;
      return intls[locale].formatMessage({ id: key, defaultMessage: message }, values as never) as string;
    },
    has: (key) => key in merged.fi,
    formatDate: (locale, date, options = { dateStyle: 'long' }) =>
      intls[locale].formatDate(typeof date === 'string' ? new Date(date) : date, options),
    formatNumber: (locale, value, options) => intls[locale].formatNumber(value, options as Parameters<IntlShape['formatNumber']>[1]),
  };
}
