import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };

const folder = path.dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : [sources(full)];
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [fs.readFileSync(full, 'utf8')] : [];
    })
    .join('\n');
}

// Where a message key is handed over in code: t('…'), key: '…', labelKey: '…', message: '…', setFlash(reply, '…'), conflict('…').
const KEY_USES = /(?:\bt\(|\bkey: |labelKey: |message: |setFlash\(reply, |conflict\()'(organisations\.[a-zA-Z0-9.]+)'/g;

describe('organisations messages', () => {
  const code = sources(folder);
  const catalogs = { fi, sv, en } as Record<string, Record<string, string>>;

  it('has the same keys in fi, sv and en, all namespaced by the module', () => {
    const keys = Object.keys(fi).sort();
    assert.deepEqual(Object.keys(sv).sort(), keys);
    assert.deepEqual(Object.keys(en).sort(), keys);
    for (const key of keys) assert.match(key, /^organisations\.[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/);
  });

  it('uses every key in the code', () => {
    // The words of audit actions are looked up by the action's name; audit-words.test.ts checks
    // that every recorded action has words and that no words are left for an action nobody records.
    const assembled = (key: string) => key.startsWith('organisations.audit.action.');
    for (const key of Object.keys(fi).filter((key) => !assembled(key))) {
      assert.ok(code.includes(`'${key}'`), `${key} is not used`);
    }
  });

  it('defines every key the code uses', () => {
    const used = [...code.matchAll(KEY_USES)].map((match) => match[1] as string);
    assert.ok(used.length > 50);
    for (const key of used) {
      for (const locale of ['fi', 'sv', 'en']) assert.ok(catalogs[locale]?.[key], `${key} is missing in ${locale}`);
    }
  });

  it('uses the typographic apostrophe, never ICU’s quoting one', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      for (const [key, message] of Object.entries(catalog)) assert.ok(!message.includes("'"), `${locale} ${key}`);
    }
  });
});
