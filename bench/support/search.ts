import { queryIndex } from '../../src/modules/search/engines.ts';
import { reindexOrganisation } from '../../src/modules/search/index.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { type BenchApp, startBenchApp } from './bench-app.ts';
import { LOAD, measureThroughput } from './load.ts';

const ITEMS = 100_000;
const RAW_PATH = '/__bench/search-raw';
const QUERY = 'kirjasto satamaan';
const PAGE_PATH = `/fi/search?q=${encodeURIComponent(QUERY)}`;

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

/** 100,000 published posts in the demo's public process, then the index made of them as the job makes it. */
async function growPublicItems(bench: BenchApp): Promise<void> {
  const process = await bench.context.db
    .selectFrom('processes')
    .select(['id', 'organisation_id'])
    .where('slug', '=', 'rauman-tarina')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  for (let start = 0; start < ITEMS; start += 500) {
    const rows = Array.from({ length: Math.min(500, ITEMS - start) }, (_, offset) => {
      const index = start + offset;
      // One in fifty mentions the library by the harbour: the query's few hundred hits among 100,000.
      const rare = index % 50 === 0 ? ' Kirjastossa puhuttiin satamasta.' : '';
      return {
        id: newId(),
        organisation_id: process.organisation_id,
        process_id: process.id,
        phase_id: null,
        kind: 'blog' as const,
        slug: `bench-${index}`,
        title: JSON.stringify({ fi: `Tiedote ${index}: ${WORDS[index % WORDS.length]}` }),
        summary: JSON.stringify({ fi: '' }),
        body: JSON.stringify({ fi: sentence(index) + rare }),
        video_url: null,
        status: 'published' as const,
        published_at: now,
        author_user_id: null,
        created_at: now,
        updated_at: now,
      };
    });
    await bench.context.db.insertInto('news_posts').values(rows).execute();
  }
  await reindexOrganisation(bench.context, process.organisation_id);
}

/**
 * The search page over 100,000 public items against the raw full-text query alone, served by the
 * same app (same hooks) on a bare route: the ratio is what the page (parsing, the re-check of each
 * hit with its source, snippets, rendering) leaves of the engine's speed.
 */
export async function runSearchScenario(name: string): Promise<void> {
  let organisationId = '';
  const bench = await startBenchApp((app) => {
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
    const raw = (await (await fetch(bench.baseUrl + RAW_PATH)).json()) as { ids: string[]; total: number };
    const page = await (await fetch(bench.baseUrl + PAGE_PATH)).text();
    const shown = (page.match(/class="search-result"/g) ?? []).length;
    if (raw.ids.length !== 20 || shown !== 20)
      throw new Error(`the raw query found ${raw.ids.length} and the page showed ${shown}, not 20`);
    console.log(
      `  GET ${PAGE_PATH}: ${raw.total} matches, ${LOAD.connections} connections, ${LOAD.seconds} s after ${LOAD.warmUpSeconds} s warm-up`,
    );
    const pageFigures = await measureThroughput(bench.baseUrl + PAGE_PATH);
    const rawFigures = await measureThroughput(bench.baseUrl + RAW_PATH);
    const line = (label: string, figures: typeof pageFigures) =>
      `  ${label.padEnd(6)} ${figures.rps.toFixed(1).padStart(9)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  (${figures.requests} requests)`;
    console.log(line('page', pageFigures));
    console.log(line('raw', rawFigures));
    const ratio = pageFigures.rps / rawFigures.rps;
    console.log(
      `RESULT ${name} ratio=${ratio.toFixed(3)} page_rps=${pageFigures.rps.toFixed(1)} raw_rps=${rawFigures.rps.toFixed(1)} ` +
        `page_p50_ms=${pageFigures.p50} page_p99_ms=${pageFigures.p99} raw_p50_ms=${rawFigures.p50} raw_p99_ms=${rawFigures.p99} ` +
        `documents=${indexed.count} matches=${raw.total}`,
    );
  } finally {
    await bench.close();
  }
}
