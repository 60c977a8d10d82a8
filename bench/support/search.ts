import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { loadDemo } from '../../src/demo.ts';
import { queryIndex } from '../../src/modules/search/engines.ts';
import { reindexOrganisation } from '../../src/modules/search/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { LISTEN_BACKLOG } from '../../src/platform/http/server.tsx';
import { createTestDatabase } from '../../src/platform/testing/test-database.ts';
import type { BenchApp } from './bench-app.ts';
import { benchEnvironment } from './environment.ts';
import { LOAD, measureApart, type Throughput } from './load.ts';

const ITEMS = 100_000;
const RAW_PATH = '/__bench/search-raw';
const QUERY = 'kirjasto satamaan';
const PAGE_PATH = `/fi/search?q=${encodeURIComponent(QUERY)}`;
/** Page and raw query are measured in turns this many times; the median turn is the figure. */
const ROUNDS = 3;

// Words the generated items are written with: a search finds a few hundred of them, as a real one would.
const WORDS = ['kaavoitus', 'liikenne', 'puisto', 'koulu', 'päiväkoti', 'uimahalli', 'tori', 'pyörätie', 'asukas', 'kulttuuri'];
const FORMS = ['', 'ssa', 'an', 'sta', 'lle', 'n'];

function sentence(seed: number): string {
  const parts: string[] = [];
  for (let index = 0; index < 40; index += 1) {
    const word = WORDS[(seed * 7 + index * 13) % WORDS.length] ?? 'tarina';
    parts.push(word + (FORMS[(seed + index) % FORMS.length] ?? ''));
  }
  return `${parts.join(' ')}.`;
}

/** A row copied from the demo's first row of a table that matches, with the given columns replaced. */
type Row = Record<string, unknown>;

async function demoRow(bench: BenchApp, table: string, where: Row): Promise<Row> {
  let query = bench.context.db.selectFrom(table as 'news_posts').selectAll();
  for (const [column, value] of Object.entries(where)) query = query.where(column as 'id', '=', value as string);
  const row = await query.executeTakeFirst();
  if (!row) throw new Error(`the demo has no ${table} row to copy (${JSON.stringify(where)})`);
  return row as unknown as Row;
}

/** A localized text: Finnish always, every tenth item also in Swedish and English (the others fall back). */
function texts(index: number, fi: string, sv: string, en: string): string {
  return JSON.stringify(index % 10 === 0 ? { fi, sv, en } : { fi });
}

/** How each kind's rows are made: a copy of the demo's row with the item's texts, public. */
function itemMakers(
  processId: string,
  copies: { post: Row; event: Row; channel: Row; survey: Row },
  now: string,
): Array<{ table: string; make: (index: number, title: string, body: string) => Row }> {
  return [
    {
      table: 'news_posts',
      make: (index, title, body) => ({
        ...copies.post,
        id: newId(),
        process_id: processId,
        phase_id: null,
        slug: `bench-${index}`,
        title: texts(index, title, `Meddelande ${index}`, `Release ${index}`),
        summary: JSON.stringify({ fi: '' }),
        body: texts(index, body, 'Biblioteket vid hamnen.', 'The library by the harbour.'),
        status: 'published',
        published_at: now,
        created_at: now,
        updated_at: now,
      }),
    },
    {
      table: 'events',
      make: (index, title, body) => ({
        ...copies.event,
        id: newId(),
        process_id: processId,
        timeline_item_id: null,
        title: texts(index, title, `Evenemang ${index}`, `Event ${index}`),
        description: texts(index, body, 'Vi träffas i biblioteket.', 'We meet in the library.'),
        agenda: JSON.stringify({ fi: '' }),
        summary: JSON.stringify({ fi: '' }),
        place: JSON.stringify({ fi: 'Raatihuone' }),
        audience: 'public',
        created_at: now,
        updated_at: now,
      }),
    },
    {
      table: 'statement_channels',
      make: (index, title, body) => ({
        ...copies.channel,
        id: newId(),
        process_id: processId,
        phase_id: null,
        question: texts(index, `${title} ${body}`, `Vad tycker du om ${index}?`, `What do you think of ${index}?`),
        status: 'published',
        audience: 'anyone',
        audience_body_ids: '[]',
        results_public: 0,
        created_at: now,
        updated_at: now,
      }),
    },
    {
      table: 'surveys',
      make: (index, title, body) => ({
        ...copies.survey,
        id: newId(),
        process_id: processId,
        phase_id: null,
        title: texts(index, title, `Enkät ${index}`, `Survey ${index}`),
        description: texts(index, body, 'Resultaten om biblioteket.', 'The results on the library.'),
        status: 'published',
        // Answered by the signed-in only: what the public finds of it is its published results.
        audience: 'signed_in',
        audience_ids: '[]',
        results_public: 1,
        created_at: now,
        updated_at: now,
      }),
    },
  ];
}

/**
 * 100,000 public items in the demo's public process, a quarter of each kind the issue names: published
 * news posts, public events, statements channels open to anyone, and published survey results
 * (the index's `results`), then the index made of them as the job makes it.
 */
export async function growPublicItems(bench: BenchApp): Promise<void> {
  const process = await bench.context.db
    .selectFrom('processes')
    .select(['id', 'organisation_id'])
    .where('slug', '=', 'rauman-tarina')
    .executeTakeFirstOrThrow();
  const scope = { organisation_id: process.organisation_id };
  const copies = {
    post: await demoRow(bench, 'news_posts', scope),
    event: await demoRow(bench, 'events', scope),
    channel: await demoRow(bench, 'statement_channels', scope),
    survey: await demoRow(bench, 'surveys', scope),
  };
  const kinds = itemMakers(process.id, copies, new Date().toISOString());
  const perKind = ITEMS / kinds.length;
  for (const [kindIndex, kind] of kinds.entries()) {
    for (let start = 0; start < perKind; start += 500) {
      const rows = Array.from({ length: Math.min(500, perKind - start) }, (_, offset) => {
        const index = kindIndex * perKind + start + offset;
        // One in two hundred mentions the library by the harbour: the query's five hundred hits among 100,000.
        const rare = index % 200 === 0 ? ' Kirjastossa puhuttiin satamasta.' : '';
        return kind.make(index, `Kohde ${index}: ${WORDS[index % WORDS.length]}`, sentence(index) + rare);
      });
      await bench.context.db
        .insertInto(kind.table as 'news_posts')
        .values(rows as never)
        .execute();
    }
  }
  await reindexOrganisation(bench.context, process.organisation_id);
  // The planner's statistics after a bulk load, as a running database has them (PostgreSQL's
  // autovacuum analyses a table that grew; SQLite's `PRAGMA optimize`): without them both engines
  // pick an organisation index over a primary key for the other modules' look-ups by id.
  await sql`analyze`.execute(bench.context.db);
}

/**
 * Starts the app as startBenchApp does, but behind a trusted proxy: the load sends each search from
 * its own X-Forwarded-For address, as a crowd of residents would, so the page's per-address limit
 * (120 searches a minute) does not turn the load into 429s.
 */
async function startSearchBench(beforeListen: (app: FastifyInstance) => void): Promise<BenchApp> {
  const database = await createTestDatabase();
  const handle = openDatabase(database.target, { poolSize: 10 });
  try {
    await migrateToLatest(handle.db);
    const config = { ...loadConfig(benchEnvironment({ TRUST_PROXY: '1' })), database: database.target };
    const { app, context } = await buildApp({ config, database: handle, mailer: { send: async () => {}, close: () => {} }, logger: false });
    await loadDemo(context);
    beforeListen(app);
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
    const address = app.server.address();
    return {
      app,
      context,
      baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      statements: () => 0,
      close: async () => {
        await app.close();
        await handle.close();
        await database.drop();
      },
    };
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
}

/**
 * The search page over 100,000 public items against the raw full-text query alone, served by the
 * same app (same hooks) on a bare route: the ratio is what the page (parsing, the re-check of each
 * hit with its source, snippets, rendering) leaves of the engine's speed.
 */
export async function runSearchScenario(name: string): Promise<void> {
  let organisationId = '';
  const bench = await startSearchBench((app) => {
    app.get(RAW_PATH, async () =>
      queryIndex(bench.context.db, bench.context.dialect, { organisationId, q: QUERY, locale: 'fi', limit: 20, offset: 0 }),
    );
  });
  try {
    const started = Date.now();
    await growPublicItems(bench);
    organisationId = (await bench.context.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const indexed = await bench.context.db
      .selectFrom('search_documents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    console.log(
      `${name}: ${indexed.count} documents indexed in ${((Date.now() - started) / 1000).toFixed(1)} s on ${bench.context.dialect}`,
    );
    const raw = (await (await fetch(bench.baseUrl + RAW_PATH)).json()) as { ids: string[]; total: number; more: boolean };
    const page = await (await fetch(bench.baseUrl + PAGE_PATH)).text();
    const shown = (page.match(/class="search-result"/g) ?? []).length;
    if (raw.ids.length !== 20 || shown !== 20)
      throw new Error(`the raw query found ${raw.ids.length} and the page showed ${shown}, not 20`);
    console.log(
      `  GET ${PAGE_PATH}: ${raw.total}${raw.more ? '+' : ''} matches, ${LOAD.connections} connections, ${LOAD.seconds} s after ${LOAD.warmUpSeconds} s warm-up, ${ROUNDS} turns, load from its own process`,
    );
    // Page and raw query in turns, ROUNDS times, each load from a process of its own: the ratio of
    // each turn, and the median turn's figures, so one noisy moment of the machine does not decide it.
    const turns: Array<{ page: Throughput; raw: Throughput; ratio: number }> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await measureApart(bench.baseUrl + PAGE_PATH, { addressPerRequest: true });
      const raw = await measureApart(bench.baseUrl + RAW_PATH, { addressPerRequest: true });
      turns.push({ page, raw, ratio: page.rps / raw.rps });
    }
    const line = (label: string, figures: Throughput) =>
      `${label.padEnd(6)} ${figures.rps.toFixed(1).padStart(9)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  (${figures.requests} requests)`;
    for (const [index, turn] of turns.entries()) {
      console.log(`  turn ${index + 1}: ${line('page', turn.page)}; ${line('raw', turn.raw)}; ratio ${turn.ratio.toFixed(3)}`);
    }
    const median = [...turns].sort((a, b) => a.ratio - b.ratio)[Math.floor(turns.length / 2)];
    if (!median) throw new Error('no turn was measured');
    console.log(
      `RESULT ${name} ratio=${median.ratio.toFixed(3)} page_rps=${median.page.rps.toFixed(1)} raw_rps=${median.raw.rps.toFixed(1)} ` +
        `page_p50_ms=${median.page.p50} page_p99_ms=${median.page.p99} raw_p50_ms=${median.raw.p50} raw_p99_ms=${median.raw.p99} ` +
        `ratios=${turns.map((turn) => turn.ratio.toFixed(3)).join('/')} documents=${indexed.count} matches=${raw.total} more=${raw.more}`,
    );
  } finally {
    await bench.close();
  }
}
