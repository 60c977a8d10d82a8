/**
 * One worker process of `npm test` (scripts/test.ts): it runs test files one after another,
 * taking each from the run's queue, so that the app's modules are loaded (and transformed by
 * tsx) once per worker rather than once per test file; loading src/app.ts alone costs a test
 * process several CPU seconds (docs/ci.md).
 *
 * Each file runs as a suite named by its path, whose body imports the file: the tests and the
 * top-level before/after hooks the file declares while it loads belong to that suite (node's
 * test runner finds a test's parent through the async context, which an awaited import keeps),
 * so a failure names the file and the test, and a file's `after` runs when its own tests end.
 * The next file is imported only when the suite has ended. Each file still gets its own
 * database (startTestApp copies the demo template for every app it starts); what a file leaves
 * in process.env or the working directory is undone, and the host look-up cache emptied,
 * before the next file.
 *
 * The queue is a folder: `files.json` lists the files; a worker claims file i by creating
 * `claim-i` (an exclusive create, so two workers never take the same file) and writes
 * `done-i` when its suite has ended, so that scripts/test.ts can name a file a crashed
 * worker left unfinished. `done-i` holds the file's wall-clock and CPU seconds (the worker's
 * own CPU while the file ran, not that of processes the file started), which the run lists
 * for its slowest files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { pathToFileURL } from 'node:url';

/** The queue's list of test files, relative to the working directory. */
export function queuedFiles(queue: string): string[] {
  return JSON.parse(fs.readFileSync(path.join(queue, 'files.json'), 'utf8')) as string[];
}

/** Writes the queue for a run's workers. */
export function writeQueue(queue: string, files: readonly string[]): void {
  fs.mkdirSync(queue, { recursive: true });
  fs.writeFileSync(path.join(queue, 'files.json'), JSON.stringify(files));
}

/** The files of a queue that no worker finished (a worker ended while running them, or none took them). */
export function unfinishedFiles(queue: string): string[] {
  return queuedFiles(queue).filter((_, index) => !fs.existsSync(path.join(queue, `done-${index}`)));
}

/** What a file of the queue cost: wall-clock seconds, and the worker's CPU seconds meanwhile. */
export interface FileCost {
  file: string;
  wallSeconds: number;
  cpuSeconds: number;
}

/** The costs of the queue's finished files, the most CPU first. */
export function fileCosts(queue: string): FileCost[] {
  return queuedFiles(queue)
    .flatMap((file, index) => {
      const done = path.join(queue, `done-${index}`);
      if (!fs.existsSync(done)) return [];
      const text = fs.readFileSync(done, 'utf8');
      return text ? [{ file, ...(JSON.parse(text) as Omit<FileCost, 'file'>) }] : [];
    })
    .sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

function claim(queue: string, index: number): boolean {
  try {
    fs.closeSync(fs.openSync(path.join(queue, `claim-${index}`), 'wx'));
    return true;
  } catch {
    return false;
  }
}

function restoreEnvironment(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  for (const [name, value] of Object.entries(saved)) if (process.env[name] !== value) process.env[name] = value;
}

/** Runs the queue's files that no other worker has taken, one after another, each as a suite. */
export async function runQueuedFiles(queue: string): Promise<void> {
  const files = queuedFiles(queue);
  for (const [index, file] of files.entries()) {
    if (!claim(queue, index)) continue;
    const environment = { ...process.env };
    const directory = process.cwd();
    const started = { wall: performance.now(), cpu: process.cpuUsage() };
    await describe(file, async () => {
      await import(pathToFileURL(path.resolve(file)).href);
    });
    restoreEnvironment(environment);
    if (process.cwd() !== directory) process.chdir(directory);
    // The app's host look-up cache (10 s) outlives an app: the next file's app must not see this file's organisations.
    const { forgetResolvedOrganisations } = await import('../../modules/organisations/index.ts');
    forgetResolvedOrganisations();
    const cpu = process.cpuUsage(started.cpu);
    const cost = { wallSeconds: (performance.now() - started.wall) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    fs.writeFileSync(path.join(queue, `done-${index}`), JSON.stringify(cost));
  }
}
