/**
 * Safety net: every audit action a module records reads as words in the log, in
 * Finnish, Swedish and English. The actions are found in the modules' source: a
 * file that records audit entries names its actions as string literals on lines
 * that say `action` (or in an `audit-actions.ts` list), so a new action without
 * words fails here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { auditActionKey } from './views/audit-table.tsx';

const MODULES = path.resolve(import.meta.dirname, '..');
const ACTION = /'([a-z]+\.[a-zA-Z]+\.[a-zA-Z]+)'/g;
const RECORDS_AUDIT = /recordAudit\(|auditProcessChange\(|auditNewsChange\(|ProcessChange\b/;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [file] : [];
  });
}

/** The audit actions the modules record, found in their source. */
function recordedAuditActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sourceFiles(MODULES)) {
    const source = fs.readFileSync(file, 'utf8');
    const lines =
      path.basename(file) === 'audit-actions.ts'
        ? [source]
        : RECORDS_AUDIT.test(source)
          ? source.split('\n').filter((line) => /\baction\b/.test(line))
          : [];
    for (const line of lines) for (const match of line.matchAll(ACTION)) actions.add(match[1] as string);
  }
  return actions;
}

describe('audit actions in words', () => {
  const actions = recordedAuditActions();

  it('finds the actions of every module that records them', () => {
    for (const module of ['accounts', 'events', 'news', 'organisations', 'processes', 'statements', 'surveys', 'workshops']) {
      assert.ok(
        [...actions].some((action) => action.startsWith(`${module}.`)),
        `no audit action found for ${module}`,
      );
    }
  });

  for (const [locale, catalog] of Object.entries({ fi, sv, en }) as [string, Record<string, string>][]) {
    it(`gives every recorded action words in ${locale}, with the actor in them`, () => {
      const missing = [...actions].filter((action) => !catalog[auditActionKey(action)]?.includes('{actor}'));
      assert.deepEqual(missing, [], `audit actions without words in ${locale}: add organisations.audit.action.<action>`);
    });
  }

  it('has no words for actions nobody records', () => {
    const prefix = auditActionKey('');
    const stale = Object.keys(fi)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length))
      .filter((action) => !actions.has(action));
    assert.deepEqual(stale, []);
  });
});
