import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SurveyDefinition } from '../../src/modules/surveys/index.ts';
import { bareSubmissionLoop } from './survey-bare-loop.ts';
import { benchAnswers, createBenchSurvey, type SurveyBench, startSurveyBench } from './survey-bench.ts';
import type { SubmissionLoad, SubmissionLoadResult } from './survey-load-process.ts';

const BURST = 1000;
const WARM_UP = 100;
const CONNECTIONS = 10;
const HALF_LOAD_SECONDS = 5;
const LOAD_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'survey-load-process.ts');

/** The CSRF cookie and token an anonymous browser gets from any form page. */
export async function anonymousHeaders(baseUrl: string): Promise<Record<string, string>> {
  const page = await fetch(`${baseUrl}/fi/sign-in`);
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!token) throw new Error('no CSRF token on /fi/sign-in');
  const cookie = page.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token, cookie };
}

function runLoad(load: SubmissionLoad): Promise<SubmissionLoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_PROCESS, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => {
      resolve(result as SubmissionLoadResult);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load process exited with ${code}`)));
    child.send(load);
  });
}

function bodies(definition: SurveyDefinition, from: number, count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({ answers: benchAnswers(definition, from + index), idempotencyKey: `${prefix}-${from + index}` }),
  );
}

async function storedResponses(bench: SurveyBench, surveyId: string): Promise<number> {
  const row = await bench.handle.db
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('survey_id', '=', surveyId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/**
 * A burst of BURST complete submissions of a 20-question survey (five ~500-character
 * free texts) over HTTP with CONNECTIONS connections, each acknowledged 201 and found
 * in the database afterwards; the same rows through the bare driver loop; then the
 * p99 latency at half the burst's rate.
 */
export async function runSurveySubmissionsScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const definition = await createBenchSurvey(bench);
    const url = `${bench.baseUrl}/api/v1/surveys/${definition.survey.id}/responses`;
    const headers = await anonymousHeaders(bench.baseUrl);
    const load = (from: number, count: number, extra: Partial<SubmissionLoad>) =>
      runLoad({ url, headers, bodies: bodies(definition, from, count, name), connections: CONNECTIONS, addressOffset: from, ...extra });
    const warm = await load(0, WARM_UP, { amount: WARM_UP });
    const before = bench.statements();
    const burst = await load(WARM_UP, BURST, { amount: BURST });
    const statementsPerSubmission = (bench.statements() - before) / BURST;
    if (burst.non2xx > 0 || burst.errors > 0 || warm.non2xx > 0)
      throw new Error(`${burst.non2xx + warm.non2xx} non-2xx responses and ${burst.errors} errors in the burst`);
    const stored = await storedResponses(bench, definition.survey.id);
    if (stored !== WARM_UP + BURST) throw new Error(`${WARM_UP + BURST} submissions acknowledged, ${stored} stored`);
    const burstRps = burst.ok / burst.seconds;
    const bareRps = await bareSubmissionLoop(bench.target, definition, BURST);
    const halfRate = Math.max(1, Math.round(burstRps / 2));
    const halfCount = halfRate * (HALF_LOAD_SECONDS + 2);
    const half = await load(WARM_UP + BURST, halfCount, { duration: HALF_LOAD_SECONDS, overallRate: halfRate });
    if (half.non2xx > 0 || half.errors > 0) throw new Error(`${half.non2xx} non-2xx responses and ${half.errors} errors at half load`);
    console.log(
      `${name}: ${BURST} submissions (20 questions, 5 × ~500-character texts) over HTTP on ${bench.handle.dialect}, ${CONNECTIONS} connections: ` +
        `${burstRps.toFixed(1)}/s, p50 ${burst.p50} ms, p99 ${burst.p99} ms, ${statementsPerSubmission.toFixed(1)} SQL statements each; ` +
        `all ${stored} stored; bare driver loop ${bareRps.toFixed(1)}/s; at ${halfRate}/s p50 ${half.p50} ms, p99 ${half.p99} ms`,
    );
    console.log(
      `RESULT ${name} ratio=${(burstRps / bareRps).toFixed(3)} burst_rps=${burstRps.toFixed(1)} bare_rps=${bareRps.toFixed(1)} ` +
        `burst_p99_ms=${burst.p99} half_load_rps=${halfRate} half_load_p99_ms=${half.p99} statements=${statementsPerSubmission.toFixed(1)} stored=${stored}`,
    );
  } finally {
    await bench.close();
  }
}
