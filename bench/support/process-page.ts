import { bumpPageVersion } from '../../src/platform/http/page-cache.ts';
import { FLASH_COOKIE } from '../../src/platform/views/render.tsx';
import { type BenchApp, startBenchApp } from './bench-app.ts';
import { EXTRA_ROWS, growDemoProcess } from './grow-demo.ts';
import { LOAD, measureThroughput, type Throughput } from './load.ts';

const SLUG = 'rauman-tarina';
const PAGE_PATH = `/fi/processes/${SLUG}`;
const MEMORY_PATH = '/__bench/static';
// Computed per response by Node or tied to one response; everything else is copied.
const NOT_COPIED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'set-cookie']);
// A visitor with a one-time message waiting never gets a cached page: the page is rendered
// from the database for each of these requests (the message key is unknown, so none is shown).
const RENDER_HEADERS = { cookie: `${FLASH_COOKIE}=bench.none` };
// Page and memory are measured in alternation, so a neighbour's load on a shared machine
// falls on both rather than on whichever happened to run at the time.
const ROUNDS = 2;

/** The page as it was served once: the bytes and headers the in-memory route replays. */
interface Recorded {
  body: Buffer;
  headers: Record<string, string>;
}

async function record(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Recorded> {
  const response = await fetch(baseUrl + path, { headers });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const copied: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name)) copied[name] = value;
  });
  return { body: Buffer.from(await response.arrayBuffer()), headers: copied };
}

/**
 * Statements of one request for the page; `rendered` first moves the page version on, so nothing cached may answer.
 * With RENDER_HEADERS and no move, the statements of a visitor the render cache may not serve once the page's content is cached.
 */
async function countStatements(bench: BenchApp, rendered: boolean, headers: Record<string, string> = {}): Promise<number> {
  const organisation = await bench.context.db
    .selectFrom('processes')
    .select('organisation_id')
    .where('slug', '=', SLUG)
    .executeTakeFirstOrThrow();
  if (rendered) await bumpPageVersion(bench.context.db, organisation.organisation_id);
  const counts: number[] = [];
  // The organisation look-up is cached for seconds; one of two requests may refresh it.
  for (let round = 0; round < 2; round += 1) {
    if (rendered && round > 0) await bumpPageVersion(bench.context.db, organisation.organisation_id);
    const before = bench.statements();
    const response = await fetch(bench.baseUrl + PAGE_PATH, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${PAGE_PATH} answered ${response.status}`);
    counts.push(bench.statements() - before);
  }
  return Math.min(...counts);
}

/** Several measurements of one URL as one: all their requests over all their time. */
function combine(runs: Throughput[]): Throughput {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.requests / run.rps, 0);
  return {
    rps: requests / seconds,
    p50: Math.max(...runs.map((run) => run.p50)),
    p99: Math.max(...runs.map((run) => run.p99)),
    requests,
  };
}

const line = (label: string, figures: Throughput) =>
  `  ${label.padEnd(8)} ${figures.rps.toFixed(1).padStart(9)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  (${figures.requests} requests)`;

/**
 * The public process page against the same bytes served from memory by the same app:
 * the memory route passes the same hooks (organisation, session, security headers), so
 * the ratio is what the page costs beyond them. "page" is what an anonymous visitor gets
 * in production: the render cache, which checks the organisation's page version in the
 * database on every request and renders from the database after every change. "rendered"
 * is a visitor the render cache may not serve (as a signed-in person): the page is rendered
 * for each request, its frame from scratch and its content from the fragment cache, which also
 * checks the page version in the database. Also counts the SQL statements of one render before and after the process
 * grows, which must not differ, and proves a change reaches the next visitor.
 */
export async function runProcessPageScenario(name: string): Promise<void> {
  let recorded: Recorded | null = null;
  const bench = await startBenchApp((app) => {
    app.get(MEMORY_PATH, async (_request, reply) => {
      if (!recorded) throw new Error('the page was not recorded yet');
      return reply.status(200).headers(recorded.headers).send(recorded.body);
    });
  });
  try {
    recorded = await record(bench.baseUrl, PAGE_PATH);
    const replayed = await record(bench.baseUrl, MEMORY_PATH);
    if (!replayed.body.equals(recorded.body)) throw new Error(`${MEMORY_PATH} does not serve the page's bytes`);
    const fromCache = await record(bench.baseUrl, PAGE_PATH);
    const fromDatabase = await record(bench.baseUrl, PAGE_PATH, RENDER_HEADERS);
    if (!fromCache.body.equals(recorded.body) || !fromDatabase.body.equals(recorded.body)) {
      throw new Error('the cached and the rendered page differ from the first render');
    }
    const statements = await countStatements(bench, true);
    const statementsCached = await countStatements(bench, false);
    const statementsRenderedCached = await countStatements(bench, false, RENDER_HEADERS);
    console.log(
      `${name}: GET ${PAGE_PATH} (${recorded.body.length} bytes) on ${bench.context.dialect}, ` +
        `${LOAD.connections} connections, ${ROUNDS} × ${LOAD.seconds} s each after ${LOAD.warmUpSeconds} s warm-up`,
    );
    const pageRuns: Throughput[] = [];
    const memoryRuns: Throughput[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      pageRuns.push(await measureThroughput(bench.baseUrl + PAGE_PATH));
      memoryRuns.push(await measureThroughput(bench.baseUrl + MEMORY_PATH));
    }
    const rendered = await measureThroughput(bench.baseUrl + PAGE_PATH, RENDER_HEADERS);
    memoryRuns.push(await measureThroughput(bench.baseUrl + MEMORY_PATH));
    const page = combine(pageRuns);
    const memory = combine(memoryRuns);
    console.log(line('page', page));
    console.log(line('rendered', rendered));
    console.log(line('memory', memory));
    console.log(`  render cache: ${bench.app.pageCache.hits} hits, ${bench.app.pageCache.misses} misses`);

    await growDemoProcess(bench.context, SLUG);
    const grown = (await record(bench.baseUrl, PAGE_PATH)).body.toString('utf8');
    if (!grown.includes(`Lisävaihe ${EXTRA_ROWS}`)) throw new Error('the page did not show the grown process: a stale page was served');
    const statementsBig = await countStatements(bench, true);
    console.log(
      `  SQL statements per render: ${statements} (demo), ${statementsBig} (with ${EXTRA_ROWS} more of each collection); ` +
        `${statementsCached} when served from the cache; ${statementsRenderedCached} for a visitor the render cache may not serve, ` +
        'once the content is cached',
    );
    if (statementsBig !== statements) console.log('  the statement count grows with the data: a collection is read row by row');
    const ratio = page.rps / memory.rps;
    console.log(
      `RESULT ${name} ratio=${ratio.toFixed(3)} page_rps=${page.rps.toFixed(1)} memory_rps=${memory.rps.toFixed(1)} ` +
        `rendered_rps=${rendered.rps.toFixed(1)} rendered_ratio=${(rendered.rps / memory.rps).toFixed(3)} ` +
        `page_p99_ms=${page.p99} statements=${statements} statements_big=${statementsBig} statements_cached=${statementsCached} ` +
        `statements_rendered=${statementsRenderedCached} ` +
        `bytes=${recorded.body.length}`,
    );
  } finally {
    await bench.close();
  }
}
