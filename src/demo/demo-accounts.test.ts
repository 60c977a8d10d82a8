import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';

test('the README lists every demo account with what it can do, as src/demo/demo-accounts.ts does', () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replaceAll('’', "'");
  for (const account of DEMO_ACCOUNTS) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${account.email}\` |`));
    assert.ok(row, `README.md has a row for ${account.email}`);
    assert.ok(row.includes(account.can.replaceAll('’', "'")), `README.md says what ${account.email} can do: ${account.can}`);
  }
  const keys = DEMO_ACCOUNTS.map((account) => account.key);
  assert.equal(new Set(keys).size, keys.length, 'keys are unique');
});
