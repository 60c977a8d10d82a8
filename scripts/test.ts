/**
 * Runs the test files with node's test runner through tsx.
 *   npm test                      every *.test.ts(x) under src/ except browser journeys
 *   npm test -- --browser         only the browser journeys (*.journey.test.ts)
 *   npm test -- path/to/a.test.ts only the named files
 * TEST_DATABASE=postgres runs the same files on PostgreSQL.
 * TEST_WORKERS=n sets the number of worker processes (default: the cores, at least 2);
 * TEST_PROCESS_PER_FILE=1 runs each file in a process of its own instead (as the journeys always do).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unfinishedFiles, writeQueue } from '../src/platform/testing/test-worker.ts';

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

const journey = (file: string) => /\.journey\.test\.tsx?$/.test(file);
const all = [...findTests('src'), ...findTests('test')].sort();
const files = named.length ? named : all.filter((file) => journey(file) === browser);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const postgres = process.env.TEST_DATABASE === 'postgres';
console.log(`Running ${files.length} test files on ${postgres ? 'PostgreSQL' : 'SQLite'}`);
// The demo is seeded once per run into template databases that each test file copies
// (src/platform/testing/demo-template.ts); the folder and the templates go when the run ends.
const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-templates-'));
const env = { ...process.env, NODE_ENV: 'test', TARINA_TEST_TEMPLATES: templates };
const runner = ['--import', 'tsx', '--test', '--test-reporter=spec'];
let status: number;
if (browser || files.some(journey) || process.env.TEST_PROCESS_PER_FILE === '1') {
  // A process per file: a journey file shares one browser and one app among its journeys,
  // kept in module state until the process ends (test/journeys/support/journey.ts).
  const concurrency = browser ? 1 : Math.max(2, os.availableParallelism());
  status = spawnSync(process.execPath, [...runner, `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', env }).status ?? 1;
} else {
  // A few worker processes take the files from one queue and run them one after another, so the
  // app's modules load once per worker, not once per file (src/platform/testing/test-worker.ts).
  const workers = Math.min(files.length, Number(process.env.TEST_WORKERS) || Math.max(2, os.availableParallelism()));
  const queue = path.join(templates, 'queue');
  // Files that start processes of their own (the CLI, a server to kill, tsc) take longest: they
  // go first, so that no worker is left with one of them when the other has run out of files.
  const spawns = (file: string) => /\b(spawn|spawnSync|execFile|execFileSync|execSync|fork)\(/.test(fs.readFileSync(file, 'utf8'));
  writeQueue(queue, [...files.filter(spawns), ...files.filter((file) => !spawns(file))]);
  const worker = new URL('../src/platform/testing/test-worker.ts', import.meta.url).href;
  const entries = Array.from({ length: workers }, (_, index) => {
    const entry = path.join(templates, `worker-${index + 1}.mjs`);
    fs.writeFileSync(entry, `import { runQueuedFiles } from ${JSON.stringify(worker)};\nawait runQueuedFiles(${JSON.stringify(queue)});\n`);
    return entry;
  });
  status = spawnSync(process.execPath, [...runner, `--test-concurrency=${workers}`, ...entries], { stdio: 'inherit', env }).status ?? 1;
  const unfinished = unfinishedFiles(queue);
  if (unfinished.length) {
    console.error(`\n${unfinished.length} test file(s) did not finish (their worker process ended; see its error above):`);
    for (const file of unfinished) console.error(`  ${file}`);
    status ||= 1;
  }
}
if (postgres) {
  const { dropTemplates } = await import('../src/platform/testing/demo-template.ts');
  await dropTemplates(templates).catch((error: unknown) => console.error(`could not drop the template databases: ${error}`));
}
fs.rmSync(templates, { recursive: true, force: true });
process.exit(status);
