import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledQuery } from 'kysely';
import { recordContributions, type TimedContributionInput } from '../../src/modules/contributions/index.ts';
import { findProcessBySlug } from '../../src/modules/processes/index.ts';
import { loadParticipationFigures } from '../../src/modules/reports/index.ts';
import { adminClient, benchAnswers, createBenchSurvey, type RecordedQuery, startSurveyBench } from './survey-bench.ts';
import type { SubmissionLoad, SubmissionLoadResult } from './survey-load-process.ts';
import { anonymousHeaders } from './survey-submissions.ts';

/** Contributions grown into the demo process before measuring: a city's process of 100,000 answers. */
const CONTRIBUTIONS = Number(process.env.BENCH_DASHBOARD_CONTRIBUTIONS ?? 100_000);
/** How long each side is measured (the submissions run that long plus their start). */
const SECONDS = Number(process.env.BENCH_DASHBOARD_SECONDS ?? 10);
const LOAD_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'survey-load-process.ts');
const CHANNELS = ['survey', 'workshop', 'statement', 'dialogue'] as const;
const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65-'];
const AREAS = ['keskusta', 'uotila', 'lensu', 'kaaro', 'sampaanala', 'hakunila'];

/** `CONTRIBUTIONS` contributions in the process: every second one signed in, survey ones with background answers. */
export async function growContributions(
  db: Parameters<typeof recordContributions>[0],
  organisationId: string,
  processId: string,
  userIds: string[],
  count = CONTRIBUTIONS,
) {
  const start = Date.parse('2013-02-01T08:00:00Z');
  for (let from = 0; from < count; from += 5_000) {
    const batch: TimedContributionInput[] = [];
    for (let n = from; n < Math.min(count, from + 5_000); n += 1) {
      const channel = CHANNELS[n % CHANNELS.length]!;
      batch.push({
        organisationId,
        processId,
        channel,
        sourceType: 'bench_text',
        sourceId: `bench-${n}`,
        authorUserId: n % 2 === 0 && userIds.length > 0 ? userIds[n % userIds.length]! : null,
        participantKey: `bench-key-${n % 40_000}`,
        language: 'fi',
        text: `Vastaus ${n}: lisää pyöräteitä ja parempia bussiyhteyksiä.`,
        metadata:
          channel === 'survey'
            ? {
                background: [
                  {
                    kind: 'age_band',
                    questionCode: 'ika',
                    value: [AGE_BANDS[n % AGE_BANDS.length]],
                    label: AGE_BANDS[n % AGE_BANDS.length],
                  },
                  { kind: 'home_area', questionCode: 'alue', value: [AREAS[n % AREAS.length]], label: AREAS[n % AREAS.length] },
                ],
              }
            : {},
        at: new Date(start + n * 120_000),
      });
    }
    await recordContributions(db, batch, new Date());
  }
}

/**
 * After growing: PostgreSQL's autovacuum analyses a table once a tenth of it has changed, so a
 * production process of 100,000 contributions has planner statistics; the bench fills the table in
 * seconds and would otherwise measure the plans of an empty table (for a keyset page, a read and sort
 * of the whole process per page). SQLite analyses only when asked, and the app never asks.
 */
export async function analyseAsAutovacuumWould(db: Parameters<typeof recordContributions>[0], dialect: string): Promise<void> {
  if (dialect === 'postgres') await db.executeQuery(CompiledQuery.raw('analyze contributions'));
}

function runLoad(load: SubmissionLoad): { done: Promise<SubmissionLoadResult> } {
  const child = fork(LOAD_PROCESS, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<SubmissionLoadResult>((resolve, reject) => {
    child.once('message', (result) => {
      resolve(result as SubmissionLoadResult);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load process exited with ${code}`)));
  });
  child.send(load);
  return { done };
}

/** How many times `run` completes in `seconds`, one after another. */
async function repeatFor(seconds: number, run: () => Promise<void>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let count = 0;
  const started = performance.now();
  while (performance.now() < until) {
    await run();
    count += 1;
  }
  return count / ((performance.now() - started) / 1000);
}

/**
 * The participation dashboard (its page over HTTP, as the coordinator loads it) while a burst of
 * anonymous survey submissions runs, against the same aggregate SQL replayed alone through the
 * driver with nothing else running. ratio = dashboards per second under load / SQL rounds per second alone.
 */
export async function runDashboardUnderLoadScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const organisationId = bench.demo.organisationId as string;
    const process = await findProcessBySlug(bench.handle.db, organisationId, bench.demo.processSlug as string);
    if (!process) throw new Error('no demo process');
    const userIds = Object.values(bench.demo.userIds ?? {});
    await growContributions(bench.handle.db, organisationId, process.id, userIds);
    await analyseAsAutovacuumWould(bench.handle.db, bench.handle.dialect);
    const definition = await createBenchSurvey(bench);
    const queries: RecordedQuery[] = await bench.record(async () => {
      await loadParticipationFigures(bench.context, organisationId, process, 'fi');
    });
    const replay = async () => {
      for (const query of queries) await bench.handle.db.executeQuery(CompiledQuery.raw(query.sql, query.parameters));
    };
    await replay();
    const alone = await repeatFor(SECONDS, replay);
    const admin = await adminClient(bench.baseUrl);
    const dashboard = `/fi/admin/reports/${process.slug}/participation`;
    const first = await admin.get(dashboard);
    if (first.status !== 200) throw new Error(`the dashboard answered ${first.status}`);
    const headers = await anonymousHeaders(bench.baseUrl);
    const bodies = Array.from({ length: 2_000 }, (_, n) =>
      JSON.stringify({ answers: benchAnswers(definition, n), idempotencyKey: `${name}-${n}` }),
    );
    const load = runLoad({
      url: `${bench.baseUrl}/api/v1/surveys/${definition.survey.id}/responses`,
      headers,
      bodies,
      connections: 10,
      duration: SECONDS + 2,
      addressOffset: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const underLoad = await repeatFor(SECONDS, async () => {
      const page = await admin.get(dashboard);
      if (page.status !== 200) throw new Error(`the dashboard answered ${page.status} under load`);
    });
    const submissions = await load.done;
    const submissionsPerSecond = submissions.ok / submissions.seconds;
    console.log(
      `${name}: ${CONTRIBUTIONS} contributions on ${bench.handle.dialect}; the dashboard's ${queries.length} aggregate statements alone ` +
        `${alone.toFixed(2)} rounds/s; the dashboard page under ${submissionsPerSecond.toFixed(1)} submissions/s ` +
        `(${submissions.non2xx} non-2xx, p99 ${submissions.p99} ms) ${underLoad.toFixed(2)}/s`,
    );
    console.log(
      `RESULT ${name} ratio=${(underLoad / alone).toFixed(3)} dashboard_per_s=${underLoad.toFixed(2)} sql_alone_per_s=${alone.toFixed(2)} ` +
        `statements=${queries.length} submissions_per_s=${submissionsPerSecond.toFixed(1)} contributions=${CONTRIBUTIONS}`,
    );
  } finally {
    await bench.close();
  }
}
