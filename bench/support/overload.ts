import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StreamRequest, StreamResult } from './overload-load.ts';
import { adminClient, benchAnswers, createBenchSurvey, type SurveyBench, startSurveyBench } from './survey-bench.ts';
import { anonymousHeaders } from './survey-submissions.ts';

const LOAD_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'overload-load.ts');
/** The overload lasts this long: ten minutes as the issue asks; OVERLOAD_SECONDS shortens a trial run. */
const OVERLOAD_SECONDS = Number(process.env.OVERLOAD_SECONDS ?? 600);
const SATURATION_SECONDS = 5;
const NORMAL_SECONDS = 10;
const RECOVERY_SECONDS = 40;
/** The share of each stream's saturation rate a normal day sends. */
const NORMAL_SHARE = 0.25;
/** The overload: this many times each stream's saturation rate, all three at once. */
const OVERLOAD_FACTOR = 3;
/** A second's p99 is back to normal when it is within this of the normal phase's p99 (and 20 ms). */
const NORMAL_MARGIN = 1.5;

function runStream(request: StreamRequest): Promise<StreamResult> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_PROCESS, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => {
      resolve(result as StreamResult);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load process of ${request.name} exited with ${code}`)));
    child.send(request);
  });
}

interface Stream {
  name: 'page' | 'submit' | 'register';
  request: Omit<StreamRequest, 'connections' | 'seconds' | 'rate' | 'offset'>;
}

const ok = (result: StreamResult) =>
  Object.entries(result.statuses)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);

/** The survey, the event open for registration, and the three streams of requests at them. */
async function createStreams(bench: SurveyBench): Promise<{ streams: Stream[]; surveyId: string; eventId: string }> {
  const definition = await createBenchSurvey(bench);
  const admin = await adminClient(bench.baseUrl);
  const startsOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const created = await admin.api('POST', `/api/v1/processes/${bench.demo.processSlug}/events`, {
    kind: 'workshop',
    title: { fi: 'Ruuhkatilaisuus', sv: 'Rusningsevenemang', en: 'Rush event' },
    startsOn,
    startTime: '12:00',
    endTime: '16:00',
    audience: 'public',
    status: 'confirmed',
  });
  if (created.status !== 201) throw new Error(`the event was not created: ${created.text}`);
  const eventId = created.json<{ id: string }>().id;
  const opened = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, {
    registrationMode: 'open',
    capacity: 10_000,
  });
  if (opened.status !== 200) throw new Error(`registration was not opened: ${opened.text}`);
  const headers = await anonymousHeaders(bench.baseUrl);
  const answers = JSON.stringify(benchAnswers(definition, 1));
  const streams: Stream[] = [
    {
      name: 'page',
      request: { name: 'page', url: `${bench.baseUrl}/fi/processes/${bench.demo.processSlug}`, method: 'GET', headers: {} },
    },
    {
      name: 'submit',
      request: {
        name: 'submit',
        url: `${bench.baseUrl}/api/v1/surveys/${definition.survey.id}/responses`,
        method: 'POST',
        headers,
        body: `{"answers":${answers},"idempotencyKey":"overload-__N__"}`,
      },
    },
    {
      name: 'register',
      request: {
        name: 'register',
        url: `${bench.baseUrl}/api/v1/events/${eventId}/registrations`,
        method: 'POST',
        headers,
        body: '{"name":"Ruuhka __N__","email":"overload-__N__@example.com"}',
      },
    },
  ];
  return { streams, surveyId: definition.survey.id, eventId };
}

/** The survey responses and registrations in the database after the run. */
async function storedWrites(bench: SurveyBench, surveyId: string, eventId: string) {
  const storedResponses = Number(
    (
      await bench.handle.db
        .selectFrom('survey_responses')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('survey_id', '=', surveyId)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow()
    ).count,
  );
  const storedRegistrations = Number(
    (
      await bench.handle.db
        .selectFrom('event_registrations')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow()
    ).count,
  );
  return { storedResponses, storedRegistrations };
}

/** The figures of every stream in every phase, one line each. */
function printPhases(
  name: string,
  streams: Stream[],
  saturation: number[],
  { normal, overload, recovery }: Record<'normal' | 'overload' | 'recovery', StreamResult[]>,
): void {
  const line = (label: string, result: StreamResult) =>
    `  ${label.padEnd(9)} ${result.name.padEnd(8)} ${result.rps.toFixed(1).padStart(8)} req/s  statuses ${JSON.stringify(result.statuses)}  errors ${result.errors}  ` +
    `served p50/p99 ${result.served.p50}/${result.served.p99} ms  refused ${result.refused.count} p50/p99 ${result.refused.p50}/${result.refused.p99} ms`;
  console.log(
    `${name}: saturation ${streams.map((stream, index) => `${stream.name} ${saturation[index]?.toFixed(1)}/s`).join(', ')}; overload ${OVERLOAD_FACTOR}× for ${OVERLOAD_SECONDS} s`,
  );
  for (const [label, results] of [
    ['normal', normal],
    ['overload', overload],
    ['recovery', recovery],
  ] as const) {
    for (const result of results) console.log(line(label, result));
  }
}

/**
 * The overload scenario: the process page, survey submissions and event registrations, each first
 * alone as fast as 10 connections go (its saturation rate), then together at a quarter of it (the
 * normal p99), then together at three times it for OVERLOAD_SECONDS, then at a quarter again while
 * the p99 is watched second by second. Every acknowledged write is then counted in the database.
 */
export async function runOverloadScenario(name: string): Promise<void> {
  const bench = await startSurveyBench({ overloadGuard: true });
  const memory = { rss: 0, heap: 0 };
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    memory.rss = Math.max(memory.rss, usage.rss);
    memory.heap = Math.max(memory.heap, usage.heapUsed);
  }, 500);
  try {
    const { streams, surveyId, eventId } = await createStreams(bench);
    let offset = 0;
    const phase = async (seconds: number, rates: number[] | null, connections: number) => {
      const results = await Promise.all(
        streams.map((stream, index) => {
          const request = { ...stream.request, connections, seconds, rate: rates ? Math.max(1, Math.round(rates[index] ?? 1)) : 0, offset };
          offset += 10_000_000;
          return runStream(request);
        }),
      );
      return results;
    };
    // Saturation: each stream alone, closed loop.
    const saturated: StreamResult[] = [];
    for (const stream of streams) {
      offset += 10_000_000;
      const result = await runStream({ ...stream.request, connections: 10, seconds: SATURATION_SECONDS, rate: 0, offset });
      if (ok(result) === 0) throw new Error(`${stream.name} served nothing: ${JSON.stringify(result.statuses)}`);
      saturated.push(result);
    }
    const saturation = saturated.map((result) => ok(result) / SATURATION_SECONDS);
    const normalRates = saturation.map((rate) => rate * NORMAL_SHARE);
    const normal = await phase(NORMAL_SECONDS, normalRates, 20);
    const overload = await phase(
      OVERLOAD_SECONDS,
      saturation.map((rate) => rate * OVERLOAD_FACTOR),
      400,
    );
    const recovery = await phase(RECOVERY_SECONDS, normalRates, 20);
    // Acknowledged writes against the rows: none may be missing.
    const phases = [saturated, normal, overload, recovery];
    const submitted = phases.reduce((sum, results) => sum + ok(results[1] as StreamResult), 0);
    const registered = phases.reduce((sum, results) => sum + ok(results[2] as StreamResult), 0);
    const { storedResponses, storedRegistrations } = await storedWrites(bench, surveyId, eventId);
    // Lost: acknowledged but not stored. Unacknowledged but stored (a client gave up waiting) is told apart.
    const lost = Math.max(0, submitted - storedResponses) + Math.max(0, registered - storedRegistrations);
    const unacknowledged = Math.max(0, storedResponses - submitted) + Math.max(0, storedRegistrations - registered);
    // Recovery: the first second from which every later second's p99 is back within the normal bound.
    const recoverySeconds = streams.map((_stream, index) => {
      const bound = Math.max((normal[index]?.served.p99 ?? 0) * NORMAL_MARGIN, (normal[index]?.served.p99 ?? 0) + 20);
      const seconds = recovery[index]?.perSecond ?? [];
      let from = seconds.length;
      for (let second = seconds.length - 1; second >= 0 && (seconds[second]?.p99 ?? 0) <= bound; second -= 1) from = second;
      return from;
    });
    printPhases(name, streams, saturation, { normal, overload, recovery });
    const shed = overload.reduce((sum, result) => sum + result.refused.count, 0);
    const answered = overload.reduce((sum, result) => sum + result.served.count + result.refused.count, 0);
    const noAnswer = overload.reduce((sum, result) => sum + result.errors, 0);
    const refusedP99 = Math.max(...overload.map((result) => result.refused.p99));
    const normalP99 = Math.max(...normal.map((result) => result.served.p99));
    const goodput =
      overload.reduce((sum, result, index) => sum + ok(result) / OVERLOAD_SECONDS / (saturation[index] ?? 1), 0) / streams.length;
    console.log(
      `RESULT ${name} goodput_ratio=${goodput.toFixed(3)} shed_share=${(shed / Math.max(1, answered)).toFixed(3)} ` +
        `refused_p99_ms=${refusedP99} refused_p99_to_normal_p99=${(refusedP99 / Math.max(1, normalP99)).toFixed(2)} no_answer=${noAnswer} ` +
        `acknowledged_writes=${submitted + registered} lost_writes=${lost} stored_unacknowledged=${unacknowledged} recovery_s=${Math.max(...recoverySeconds)} ` +
        `rss_max_mb=${Math.round(memory.rss / 1048576)} heap_max_mb=${Math.round(memory.heap / 1048576)} overload_s=${OVERLOAD_SECONDS}`,
    );
  } finally {
    clearInterval(sampler);
    await bench.close();
  }
}
