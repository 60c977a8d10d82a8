/**
 * Runs the test files with node's test runner through tsx.
 *   npm test                      every *.test.ts(x) under src/ except browser journeys
 *   npm test -- --browser         only the browser journeys (*.journey.test.ts)
 *   npm test -- --scale           only the scale-out tests (*.scale.test.ts: app processes behind nginx)
 *   npm test -- path/to/a.test.ts only the named files
 * TEST_DATABASE=postgres runs the same files on PostgreSQL.
 * TEST_WORKERS=n sets the number of worker processes (default: the cores, at least 2);
 * TEST_PROCESS_PER_FILE=1 runs each file in a process of its own instead.
 * The journeys run in the workers as the other files do, each file with its own app and browser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileCosts, unfinishedFiles, writeQueue } from '../src/platform/testing/test-worker.ts';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const scale = args.includes('--scale');
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
// Several app processes behind nginx (test/scale): run only with --scale, which needs nginx and Redis.
const scaled = (file: string) => /\.scale\.test\.tsx?$/.test(file);
const all = [...findTests('src'), ...findTests('test')].sort();
const files = named.length ? named : all.filter((file) => scaled(file) === scale && journey(file) === browser);
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
if (process.env.TEST_PROCESS_PER_FILE === '1') {
  const concurrency = browser ? 1 : Math.max(2, os.availableParallelism());
  status = spawnSync(process.execPath, [...runner, `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', env }).status ?? 1;
} else {
  // A few worker processes take the files from one queue and run them one after another, so the
  // app's modules load once per worker, not once per file (src/platform/testing/test-worker.ts).
  const workers = Math.min(files.length, Number(process.env.TEST_WORKERS) || Math.max(2, os.availableParallelism()));
  const queue = path.join(templates, 'queue');
  writeQueue(queue, queueOrder(files));
  const worker = new URL('../src/platform/testing/test-worker.ts', import.meta.url).href;
  const entries = Array.from({ length: workers }, (_, index) => {
    const entry = path.join(templates, `worker-${index + 1}.mjs`);
    fs.writeFileSync(entry, `import { runQueuedFiles } from ${JSON.stringify(worker)};\nawait runQueuedFiles(${JSON.stringify(queue)});\n`);
    return entry;
  });
  status = spawnSync(process.execPath, [...runner, `--test-concurrency=${workers}`, ...entries], { stdio: 'inherit', env }).status ?? 1;
  printSlowest(queue);
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

/**
 * The order the workers take the files in: the longest first, so that no worker is left
 * alone with a long file at the end while the other core has nothing to do. Files that start
 * processes of their own (the CLI, a server to kill) take longest among the unit tests; among
 * the journeys, the longest source has the most pages to visit.
 */
function queueOrder(files: string[]): string[] {
  const source = new Map(files.map((file) => [file, fs.readFileSync(file, 'utf8')]));
  const spawns = (file: string) => /\b(spawn|spawnSync|execFile|execFileSync|execSync|fork)\(/.test(source.get(file) ?? '');
  const journeys = files.filter(journey).sort((a, b) => (source.get(b)?.length ?? 0) - (source.get(a)?.length ?? 0));
  const rest = files.filter((file) => !journey(file));
  return [...journeys, ...rest.filter(spawns), ...rest.filter((file) => !spawns(file))];
}

/** Lists the files that took the most CPU in their worker, to show where a run's time goes. */
function printSlowest(queue: string, count = 10): void {
  const costs = fileCosts(queue);
  if (costs.length < 2) return;
  console.log(
    `\nThe ${Math.min(count, costs.length)} test files that took the most CPU in their worker (not counting processes they started):`,
  );
  for (const cost of costs.slice(0, count)) {
    console.log(`  ${cost.cpuSeconds.toFixed(1).padStart(6)} s CPU ${cost.wallSeconds.toFixed(1).padStart(7)} s wall  ${cost.file}`);
  }
}
