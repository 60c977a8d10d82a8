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

/** A message's parsed formatter, as @formatjs/intl makes it. */
interface CompiledMessage {
  format(values?: Record<string, unknown>): unknown;
}

/**
 * A message with values: its parsed formatter kept per language and key, so a page formats it
 * without @formatjs/intl's per-call option merging and memo keys. A message with a date or time
 * argument (whose formats need the organisation's zone merged in) gets null: it takes
 * @formatjs/intl's own path, as does any message whose formatting fails, with its fallbacks.
 */
function compiledMessages(intls: Record<Locale, IntlShape<string>>) {
  const compiled = Object.fromEntries(LOCALES.map((locale) => [locale, new Map<string, CompiledMessage | null>()])) as Record<
    Locale,
    Map<string, CompiledMessage | null>
  >;
  return (locale: Locale, key: string, message: string): CompiledMessage | null => {
    let entry = compiled[locale].get(key);
    if (entry === undefined) {
      const intl = intls[locale];
      entry = /,\s*(date|time)\b/.test(message)
        ? null
        : (intl.formatters.getMessageFormat(message, locale, intl.formats, { formatters: intl.formatters }) as CompiledMessage);
      compiled[locale].set(key, entry);
    }
    return entry;
  };
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
  const compiledOf = compiledMessages(intls);
  const format = (locale: Locale, key: string, values?: MessageValues): string => {
    const message = merged[locale][key] ?? merged.fi[key];
    if (message === undefined) return key;
    const fast = values === undefined ? null : compiledOf(merged[locale][key] === undefined ? 'fi' : locale, key, message);
    if (fast) {
      try {
        const text = fast.format(values);
        if (typeof text === 'string') return text;
      } catch {
        // Reported and replaced by @formatjs/intl below.
      }
    }
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
