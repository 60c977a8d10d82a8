import { spawn } from 'node:child_process';
import { findProcessBySlug, listPhases } from '../../src/modules/processes/index.ts';
import { contributionsCsv } from '../../src/modules/reports/export/open-data.ts';
import { loadParticipationFigures } from '../../src/modules/reports/index.ts';
import { analyseAsAutovacuumWould, growContributions } from './dashboard-under-load.ts';
import { profiled } from './profile.ts';
import { adminClient, startSurveyBench } from './survey-bench.ts';

const CONTRIBUTIONS = Number(process.env.BENCH_OPEN_DATA_CONTRIBUTIONS ?? 100_000);

/** Runs a command, discarding its output, and answers its seconds. */
function timeCommand(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.resume();
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

/**
 * The open data's contributions.csv of a process of `BENCH_OPEN_DATA_CONTRIBUTIONS` (100,000)
 * contributions, written by the app's code (keyset pages, masking, small groups left empty), against
 * the database's own CSV of the same columns: `sqlite3 -csv` or psql's `COPY … TO STDOUT CSV`.
 * ratio = database's seconds / ours; heap sampled during the export shows whether memory stays flat.
 */
export async function runOpenDataExportScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const organisationId = bench.demo.organisationId as string;
    const process = await findProcessBySlug(bench.handle.db, organisationId, bench.demo.processSlug as string);
    if (!process) throw new Error('no demo process');
    await growContributions(bench.handle.db, organisationId, process.id, Object.values(bench.demo.userIds ?? {}), CONTRIBUTIONS);
    await analyseAsAutovacuumWould(bench.handle.db, bench.handle.dialect);
    const admin = await adminClient(bench.baseUrl);
    const published = await admin.api('POST', `/api/v1/processes/${process.slug}/report/publish`);
    if (published.status !== 204) throw new Error(`publishing answered ${published.status}`);
    const [phases, figures] = await Promise.all([
      listPhases(bench.handle.db, organisationId, [process.id]),
      loadParticipationFigures(bench.context, organisationId, process, 'fi'),
    ]);
    const report = { sections: [], data: {} as never, licence: 'CC-BY-4.0', builtAt: '' };
    const input = { db: bench.handle.db, organisationId, process, phases, figures, report, publishedAt: new Date().toISOString() };
    const heapBefore = globalThis.process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    let rows = -1;
    let bytes = 0;
    const started = performance.now();
    await profiled(async () => {
      // The CSV comes a page of lines at a time; its rows are counted by their line ends (bench texts have none inside).
      for await (const chunk of contributionsCsv(input)) {
        for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', end + 1)) rows += 1;
        bytes += chunk.length;
        heapPeak = Math.max(heapPeak, globalThis.process.memoryUsage().heapUsed);
      }
    });
    const ours = (performance.now() - started) / 1000;
    const select = `select id, channel, language, substr(created_at, 1, 10), metadata, text from contributions where process_id = '${process.id}' and hidden = 0 order by id`;
    const baseline =
      bench.target.kind === 'sqlite'
        ? await timeCommand('sqlite3', ['-csv', bench.target.path, select])
        : await timeCommand('psql', [bench.target.url, '-q', '-c', `COPY (${select}) TO STDOUT CSV`]);
    const heapGrowthMb = (heapPeak - heapBefore) / 1024 / 1024;
    console.log(
      `${name}: ${rows} contributions to CSV (${(bytes / 1024 / 1024).toFixed(1)} MB) on ${bench.handle.dialect} in ${ours.toFixed(2)} s; ` +
        `the database's own CSV of the same rows ${baseline.toFixed(2)} s; heap grew at most ${heapGrowthMb.toFixed(1)} MB during the export`,
    );
    console.log(
      `RESULT ${name} ratio=${(baseline / ours).toFixed(3)} ours_s=${ours.toFixed(2)} baseline_s=${baseline.toFixed(2)} rows=${rows} heap_growth_mb=${heapGrowthMb.toFixed(1)}`,
    );
  } finally {
    await bench.close();
  }
}
