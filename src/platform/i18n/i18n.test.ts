import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createIntl, createIntlCache } from '@formatjs/intl';
import { modules } from '../../modules/index.ts';
import { platformMessages } from './catalog.ts';
import { LOCALES } from './locales.ts';
import { type Catalogs, createTranslator, DEFAULT_TIME_ZONE } from './translator.ts';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const catalogs: Array<{ owner: string; messages: Catalogs }> = [
  { owner: 'platform', messages: platformMessages },
  ...modules.map((module) => ({ owner: module.name, messages: module.messages })),
];
const allKeys = new Set(catalogs.flatMap(({ messages }) => Object.keys(messages.fi)));
const source = sourceFiles(sourceRoot)
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');

describe('message catalogues', () => {
  for (const { owner, messages } of catalogs) {
    it(`${owner}: fi, sv and en have exactly the same keys`, () => {
      const finnish = Object.keys(messages.fi).sort();
      for (const locale of LOCALES) {
        const keys = Object.keys(messages[locale]).sort();
        const missing = finnish.filter((key) => !(key in messages[locale]));
        const extra = keys.filter((key) => !(key in messages.fi));
        assert.deepEqual({ locale, missing, extra }, { locale, missing: [], extra: [] });
      }
    });

    it(`${owner}: every key is namespaced by its owner and every message is valid ICU and not empty`, () => {
      for (const locale of LOCALES) {
        for (const [key, message] of Object.entries(messages[locale])) {
          assert.ok(key.startsWith(`${owner}.`), `${key} should start with ${owner}.`);
          assert.ok(message.trim().length > 0, `${locale} ${key} is empty`);
          assert.doesNotThrow(() => parse(message), `${locale} ${key} is not valid ICU: ${message}`);
        }
      }
    });
  }

  it('every key is used somewhere in the source', () => {
    // A template literal like `processes.kind.${kind}` uses every key under that prefix.
    const dynamicPrefixes = [...source.matchAll(/`([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)*\.)\$\{/g)].map((match) => match[1] ?? '');
    const unused = [...allKeys].filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    assert.deepEqual(unused, []);
  });

  it('every key the code asks for exists', () => {
    const patterns = [
      /\bt\(\s*'([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)'/g,
      /\b(?:labelKey|messageKey|key)\s*:\s*'([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)'/g,
      /\bsetFlash\(\s*\w+\s*,\s*'([^']+)'/g,
      /\bconflict\(\s*'([^']+)'/g,
      /new HttpError\(\s*\d+\s*,\s*'[^']+'\s*,\s*'([^']+)'/g,
    ];
    const asked = new Set(patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? '')));
    const missing = [...asked].filter((key) => !allKeys.has(key));
    assert.deepEqual(missing, []);
  });
});

describe('the translator', () => {
  it("formats every message with values exactly as @formatjs/intl's formatMessage does, in every language", () => {
    const translator = createTranslator(catalogs.map(({ messages }) => messages));
    const cache = createIntlCache();
    let compared = 0;
    for (const locale of LOCALES) {
      const messages = Object.assign({}, ...catalogs.map(({ messages: own }) => own[locale])) as Record<string, string>;
      const intl = createIntl({ locale, timeZone: DEFAULT_TIME_ZONE, messages, defaultLocale: 'fi', onError: () => {} }, cache);
      for (const [key, message] of Object.entries(messages)) {
        const names = argumentNames(parse(message));
        if (names.size === 0) continue;
        // Numbers where a message may count, plural or format them; the same value for every argument.
        for (const value of [0, 1, 3, 1234.5]) {
          const values = Object.fromEntries([...names].map((name) => [name, value]));
          assert.equal(
            translator.t(locale, key, values),
            intl.formatMessage({ id: key, defaultMessage: message }, values),
            `${locale} ${key}`,
          );
          compared += 1;
        }
      }
    }
    assert.ok(compared > 100, `only ${compared} messages with values were compared`);
  });

  it('falls back to Finnish for a key missing in another language, with its values', () => {
    const translator = createTranslator([
      { fi: { 'x.count': '{count, plural, one {# asia} other {# asiaa}}' }, sv: {}, en: {} } as unknown as Catalogs,
    ]);
    assert.equal(translator.t('sv', 'x.count', { count: 2 }), '2 asiaa');
    assert.equal(translator.t('fi', 'x.count', { count: 1 }), '1 asia');
  });
});

/** The names of a parsed message's arguments, nested ones (in plurals and selects) included. */
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) {
      names.add(element.value);
    }
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
    if ('children' in element) argumentNames(element.children, names);
  }
  return names;
}
