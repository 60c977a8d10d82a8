import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { modules } from '../../modules/index.ts';
import { platformMessages } from './catalog.ts';
import { LOCALES } from './locales.ts';
import type { Catalogs } from './translator.ts';

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
