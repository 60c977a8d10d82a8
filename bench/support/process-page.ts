import { type BenchApp, startBenchApp } from './bench-app.ts';
import { EXTRA_ROWS, growDemoProcess } from './grow-demo.ts';
import { LOAD, measureThroughput, type Throughput } from './load.ts';

const SLUG = 'rauman-tarina';
const PAGE_PATH = `/fi/processes/${SLUG}`;
const MEMORY_PATH = '/__bench/static';
// Computed per response by Node or tied to one response; everything else is copied.
const NOT_COPIED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'set-cookie']);

/** The page as it was served once: the bytes and headers the in-memory route replays. */
interface Recorded {
  body: Buffer;
  headers: Record<string, string>;
}

async function record(baseUrl: string, path: string): Promise<Recorded> {
  const response = await fetch(baseUrl + path);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name)) headers[name] = value;
  });
  return { body: Buffer.from(await response.arrayBuffer()), headers };
}

async function countStatements(bench: BenchApp): Promise<number> {
  const before = bench.statements();
  const response = await fetch(bench.baseUrl + PAGE_PATH);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${PAGE_PATH} answered ${response.status}`);
  return bench.statements() - before;
}

const line = (label: string, figures: Throughput) =>
  `  ${label.padEnd(7)} ${figures.rps.toFixed(1).padStart(9)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  (${figures.requests} requests)`;

/**
 * The public process page against the same bytes served from memory by the same app:
 * the memory route passes the same hooks (organisation, session, security headers), so
 * the ratio is what the page's own queries and rendering cost. Also counts the SQL
 * statements of one render before and after the process grows, which must not differ.
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
    const statements = await countStatements(bench);
    console.log(
      `${name}: GET ${PAGE_PATH} (${recorded.body.length} bytes) on ${bench.context.dialect}, ` +
        `${LOAD.connections} connections, ${LOAD.seconds} s after ${LOAD.warmUpSeconds} s warm-up`,
    );
    const page = await measureThroughput(bench.baseUrl + PAGE_PATH);
    console.log(line('page', page));
    const memory = await measureThroughput(bench.baseUrl + MEMORY_PATH);
    console.log(line('memory', memory));
    await growDemoProcess(bench.context, SLUG);
    const statementsBig = await countStatements(bench);
    console.log(`  SQL statements per render: ${statements} (demo), ${statementsBig} (with ${EXTRA_ROWS} more of each collection)`);
    if (statementsBig !== statements) console.log('  the statement count grows with the data: a collection is read row by row');
    const ratio = page.rps / memory.rps;
    console.log(
      `RESULT ${name} ratio=${ratio.toFixed(3)} page_rps=${page.rps.toFixed(1)} memory_rps=${memory.rps.toFixed(1)} ` +
        `page_p99_ms=${page.p99} statements=${statements} statements_big=${statementsBig} bytes=${recorded.body.length}`,
    );
  } finally {
    await bench.close();
  }
}
