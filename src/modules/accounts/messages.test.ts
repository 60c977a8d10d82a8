import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createIntl } from '@formatjs/intl';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { accountsModule } from './module.ts';
import { accountPermissions } from './permissions.ts';

const folder = path.dirname(fileURLToPath(import.meta.url));
const catalogs: Record<string, Record<string, string>> = { fi, sv, en };

/** The module's source (tests and messages aside), where every key must appear as a literal. */
function sourceText(directory: string): string {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'messages' ? '' : sourceText(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? fs.readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

/** A message's variable names; plural and select branches (`one {…}`) are text, not variables. */
function variablesOf(message: string): string[] {
  let text = message;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/(?:zero|one|two|few|many|other|=\d+)\s*\{[^{}]*\}/g, '');
  }
  return [...new Set([...text.matchAll(/\{(\w+)/g)].map((match) => match[1] as string))].sort();
}

describe('accounts messages', () => {
  const source = sourceText(folder);

  it('has the same keys in fi, sv and en, each prefixed accounts.', () => {
    const keys = Object.keys(fi).sort();
    assert.deepEqual(Object.keys(sv).sort(), keys);
    assert.deepEqual(Object.keys(en).sort(), keys);
    for (const key of keys) assert.match(key, /^accounts\.[a-zA-Z]+\.[a-zA-Z0-9]+$/);
  });

  it('uses every key as a literal in the code', () => {
    for (const key of Object.keys(fi)) assert.ok(source.includes(`'${key}'`), `${key} is not used`);
  });

  it('has a message for every accounts.* literal that is not a permission, an audit action, an action’s or a job’s name', () => {
    const actionNames = (accountsModule.actions ?? []).map((action) => action.name);
    const jobNames = (accountsModule.jobs ?? []).map((job) => job.name);
    const other = new Set<string>([...Object.keys(accountPermissions), ...Object.values(AUDIT_ACTIONS), ...actionNames, ...jobNames]);
    const literals = new Set([...source.matchAll(/'(accounts\.[a-zA-Z0-9.]+)'/g)].map((match) => match[1] as string));
    for (const literal of literals) {
      if (!other.has(literal)) assert.ok(literal in fi, `${literal} has no message`);
    }
    for (const name of other)
      assert.equal(name in fi, false, `${name} is both a message key and a permission, audit action, action or job name`);
  });

  it('formats in every language with the same variables, and has no straight apostrophe', () => {
    for (const [key, message] of Object.entries(fi)) {
      const expected = variablesOf(message);
      for (const [locale, catalog] of Object.entries(catalogs)) {
        const text = catalog[key] ?? '';
        assert.deepEqual(variablesOf(text), expected, `${locale} ${key} variables`);
        assert.doesNotMatch(text, /'/, `${locale} ${key} has a straight apostrophe`);
        const errors: unknown[] = [];
        const intl = createIntl({ locale, messages: { [key]: text }, onError: (error) => errors.push(error) });
        intl.formatMessage({ id: key }, Object.fromEntries(expected.map((name) => [name, 1])));
        assert.deepEqual(errors, [], `${locale} ${key} does not format`);
      }
    }
  });
});
