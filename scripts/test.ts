/**
 * Runs the test files with node's test runner through tsx.
 *   npm test                      every *.test.ts(x) under src/ except browser journeys
 *   npm test -- --browser         only the browser journeys (*.journey.test.ts)
 *   npm test -- path/to/a.test.ts only the named files
 * TEST_DATABASE=postgres runs the same files on PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const named = args.filter((arg) => !arg.startsWith('--'));

function findTests(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const all = [...findTests('src'), ...findTests('test')].sort();
const files = named.length
  ? named
  : all.filter((file) => (browser ? /\.journey\.test\.tsx?$/.test(file) : !/\.journey\.test\.tsx?$/.test(file)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const concurrency = browser ? 1 : Math.max(2, os.availableParallelism());
console.log(`Running ${files.length} test files on ${process.env.TEST_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'}`);
// The demo is seeded once per run into template databases that each test file copies
// (src/platform/testing/demo-template.ts); the folder and the templates go when the run ends.
const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-templates-'));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', TARINA_TEST_TEMPLATES: templates } },
);
if (process.env.TEST_DATABASE === 'postgres') {
  const { dropTemplates } = await import('../src/platform/testing/demo-template.ts');
  await dropTemplates(templates).catch((error: unknown) => console.error(`could not drop the template databases: ${error}`));
}
fs.rmSync(templates, { recursive: true, force: true });
process.exit(result.status ?? 1);
