import http from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { createUser } from '../../src/modules/accounts/index.ts';
import { findPublishedThemes } from '../../src/modules/insights/index.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import type { Db } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { TestClient } from '../../src/platform/testing/test-client.ts';
import { FLASH_COOKIE } from '../../src/platform/views/render.tsx';
import { profiled } from './profile.ts';
import { type SurveyBench, startSurveyBench } from './survey-bench.ts';

const CONTRIBUTIONS = 100_000;
/** Earlier analyses of the same voices: each grouped every contribution once under one of its themes (900,000 links). */
const EARLIER_RUNS = 9;
const THEMES_PER_EARLIER_RUN = 100;
/** Themes an analyst merged away into the published ones (no sources of their own left): the goal draws on some. */
const MERGED_AWAY = 20;
/** The person whose "what became of what I said" is read: their 50 newest contributions are the page's. */
const OWN = 50;
const RENDERS = 15;
/** Bound values per INSERT: under SQLite's 32,766 (PostgreSQL's 65,535). */
const VALUES_PER_INSERT = 30_000;
const PASSWORD = 'jäljityksen-vertailu-salasana';
// A visitor with a one-time message waiting never gets a cached page: rendered from the database each time.
const RENDER_HEADERS = { cookie: `${FLASH_COOKIE}=bench.none` };

type Row = Record<string, string | number | null>;

async function insertRows(db: Db, table: 'contributions' | 'links', rows: Row[]): Promise<void> {
  const perInsert = Math.floor(VALUES_PER_INSERT / Object.keys(rows[0] ?? { id: '' }).length);
  for (let start = 0; start < rows.length; start += perInsert) {
    // The bench writes the contributions module's tables straight, as years of participation would have left them.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perInsert) as never)
      .execute();
  }
}

/** What the seed made: the goal read, the person, and how many links there are. */
interface Seeded {
  goalId: string;
  email: string;
  userId: string;
  links: number;
}

type Link = (fromType: string, fromId: string, relation: string, toType: string, toId: string, at: string) => Row;

/** The 100,000 contributions (OWN of them the person's, newest) and their `groups` links: one published theme and one of each earlier run's. */
function voiceRows(organisationId: string, processId: string, userId: string, publishedIds: string[], link: Link) {
  const start = Date.parse('2025-01-01T00:00:00Z');
  const contributions: Row[] = [];
  const links: Row[] = [];
  for (let index = 0; index < CONTRIBUTIONS; index += 1) {
    const id = newId();
    const at = new Date(start + (index < OWN ? CONTRIBUTIONS + index : index) * 60_000).toISOString();
    contributions.push({
      id,
      organisation_id: organisationId,
      process_id: processId,
      channel: 'survey',
      source_type: 'bench',
      source_id: `trace-${index}`,
      author_user_id: index < OWN ? userId : null,
      participant_key: index < OWN ? null : `bench-${index % 7_000}`,
      language: 'fi',
      text: `Vastaus ${index}: satama, tori ja pyörätiet kuuluvat Rauman tulevaisuuteen.`,
      metadata: '{}',
      hidden: 0,
      created_at: at,
      updated_at: at,
    });
    links.push(link('insight_theme', publishedIds[index % publishedIds.length] ?? '', 'groups', 'contribution', id, at));
    for (let run = 0; run < EARLIER_RUNS; run += 1)
      links.push(link('insight_theme', `earlier-${run}-${(index * (run + 7)) % THEMES_PER_EARLIER_RUN}`, 'groups', 'contribution', id, at));
  }
  return { contributions, links };
}

/**
 * 100,000 contributions in the demo process (OWN of them the bench person's), each grouped by one published theme and by
 * one theme of each of EARLIER_RUNS earlier runs (1,000,000 `groups` links), MERGED_AWAY themes merged into the published
 * ones, and the first goal drawing on a third of the published themes and on two merged-away ones.
 */
async function seedTrace(bench: SurveyBench): Promise<Seeded> {
  const db = bench.handle.db;
  const organisationId = bench.demo.organisationId as string;
  const processId = bench.demo.processId as string;
  const email = 'jaljitys.vertailu@example.fi';
  const userId = await createUser(db, organisationId, { email, password: PASSWORD, displayName: 'Vertailija', locale: 'fi' }, new Date());
  const publishedIds = ((await findPublishedThemes(db, organisationId, processId))?.themes ?? []).map((theme) => theme.id);
  if (publishedIds.length < 3) throw new Error('the demo publishes too few themes');
  const link: Link = (fromType, fromId, relation, toType, toId, at) => ({
    id: newId(),
    organisation_id: organisationId,
    from_type: fromType,
    from_id: fromId,
    relation,
    to_type: toType,
    to_id: toId,
    created_at: at,
  });
  const { contributions, links } = voiceRows(organisationId, processId, userId, publishedIds, link);
  const now = new Date().toISOString();
  for (let merged = 0; merged < MERGED_AWAY; merged += 1)
    links.push(
      link('insight_theme', `merged-${merged}`, 'merged_into', 'insight_theme', publishedIds[merged % publishedIds.length] ?? '', now),
    );
  const goalId = (bench.demo.goals as { goalIds: string[] }).goalIds[0] ?? '';
  await db.deleteFrom('links').where('from_type', '=', 'goal').where('from_id', '=', goalId).where('relation', '=', 'draws_on').execute();
  const drawn = [
    ...publishedIds.filter((_id, position) => position % 3 === 0),
    ...publishedIds.flatMap((_id, position) => (position % 3 === 1 && position < MERGED_AWAY ? [`merged-${position}`] : [])).slice(0, 2),
  ];
  for (const themeId of drawn) links.push(link('goal', goalId, 'draws_on', 'insight_theme', themeId, now));
  await insertRows(db, 'contributions', contributions);
  await insertRows(db, 'links', links);
  // Statistics as a live database would have them after such growth.
  if (bench.handle.dialect === 'postgres') {
    await sql`analyze links`.execute(db);
    await sql`analyze contributions`.execute(db);
  } else await sql`analyze`.execute(db);
  const total = await db
    .selectFrom('links')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { goalId, email, userId, links: Number(total.count) };
}

/** The recursive walks alone: goal → themes (through merges and splits) → contributions, and a person's contributions → themes → goals. */
const TRACE_SQL = `with recursive reach(kind, id) as (
  select cast('goal' as text), cast($1 as text)
  union
  select l.to_type, l.to_id from links l join reach r on l.from_type = r.kind and l.from_id = r.id
  where l.organisation_id = $2 and l.relation in ('draws_on', 'merged_into', 'split_into', 'groups')
) select count(*) as count from reach where kind = 'contribution'`;
const MINE_SQL = `with recursive reach(kind, id) as (
  select cast('contribution' as text), c.id from (
    select id from contributions where organisation_id = $2 and author_user_id = $1 and hidden = 0
    order by created_at desc, id desc limit 50
  ) c
  union
  select l.from_type, l.from_id from links l join reach r on l.to_type = r.kind and l.to_id = r.id
  where l.organisation_id = $2 and l.relation in ('groups', 'merged_into', 'split_into', 'draws_on')
) select count(*) as count from reach where kind = 'goal'`;

/** Runs one statement straight through the driver (a connection of its own), as the walk would run alone. */
async function rawRunner(
  target: DatabaseTarget,
): Promise<{ run(sql: string, parameters: string[]): Promise<number>; close(): Promise<void> }> {
  if (target.kind === 'sqlite') {
    const connection = new SqliteDatabase(target.path, { readonly: true });
    return {
      run: async (sql, parameters) => {
        // Named parameters (@p1, @p2) for better-sqlite3, in place of PostgreSQL's $1, $2.
        const named = Object.fromEntries(parameters.map((value, index) => [`p${index + 1}`, value]));
        const row = connection.prepare(sql.replace(/\$(\d)/g, '@p$1')).get(named) as { count: number };
        return Number(row.count);
      },
      close: async () => void connection.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    run: async (sql, parameters) => Number((await client.query<{ count: string }>(sql, parameters)).rows[0]?.count ?? 0),
    close: () => client.end(),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function timed(times: number[], work: () => Promise<unknown>): Promise<void> {
  for (let index = 0; index < RENDERS; index += 1) {
    const before = performance.now();
    await work();
    times.push(performance.now() - before);
  }
}

/**
 * The trace (issue 17's `trace`): a goal's trace page and a person's "what became of what I said" over 100,000 contributions
 * and 1,000,000 links, each the median of RENDERS renders over HTTP against the median of the one recursive query that
 * walks the same links alone through the driver. The ratio is the query's time over the page's (≥ 0.5 wanted); the
 * scenario's ratio is the lower of the two.
 */
export async function runTraceScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const organisationId = bench.demo.organisationId as string;
    const started = performance.now();
    const seeded = await seedTrace(bench);
    const seededMs = performance.now() - started;
    http.globalAgent.destroy();
    const person = new TestClient(bench.baseUrl);
    await person.signIn(seeded.email, PASSWORD);
    const visitor = new TestClient(bench.baseUrl);
    const tracePath = `/fi/processes/${bench.demo.processSlug as string}/goals/${seeded.goalId}/trace`;
    const get = async (client: TestClient, path: string, headers: Record<string, string> = {}) => {
      const response = await client.request('GET', path, { headers });
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
      return response.text;
    };
    const raw = await rawRunner(bench.target);
    try {
      // Checked once, outside the timing: the page and the walk count the same contributions; the person reached the goal.
      const reached = await raw.run(TRACE_SQL, [seeded.goalId, organisationId]);
      await get(visitor, tracePath, RENDER_HEADERS);
      const api = await person.api('GET', `/api/v1/goals/${seeded.goalId}/trace`);
      const contributionCount = api.json<{ contributionCount: number }>().contributionCount;
      if (contributionCount !== reached) throw new Error(`the trace counts ${contributionCount} contributions, the walk ${reached}`);
      const mine = await get(person, '/fi/goals/mine');
      const goalsReached = await raw.run(MINE_SQL, [seeded.userId, organisationId]);
      if (!mine.includes(`/goals/${seeded.goalId}/trace`) || goalsReached < 1) throw new Error('the person’s page does not reach the goal');
      const pageTimes = { trace: [] as number[], mine: [] as number[] };
      const rawTimes = { trace: [] as number[], mine: [] as number[] };
      await profiled(async () => {
        await timed(pageTimes.trace, () => get(visitor, tracePath, RENDER_HEADERS));
        await timed(pageTimes.mine, () => get(person, '/fi/goals/mine'));
      });
      await timed(rawTimes.trace, () => raw.run(TRACE_SQL, [seeded.goalId, organisationId]));
      await timed(rawTimes.mine, () => raw.run(MINE_SQL, [seeded.userId, organisationId]));
      const figures = {
        trace: { page: median(pageTimes.trace), raw: median(rawTimes.trace) },
        mine: { page: median(pageTimes.mine), raw: median(rawTimes.mine) },
      };
      const ratio = Math.min(figures.trace.raw / figures.trace.page, figures.mine.raw / figures.mine.page);
      console.log(
        `${name}: ${CONTRIBUTIONS} contributions, ${seeded.links} links (seeded in ${Math.round(seededMs)} ms) on ${bench.handle.dialect}; ` +
          `the goal's trace reaches ${reached} contributions; medians of ${RENDERS} renders: ` +
          `trace page ${figures.trace.page.toFixed(1)} ms against its walk ${figures.trace.raw.toFixed(1)} ms, ` +
          `"what became of what I said" ${figures.mine.page.toFixed(1)} ms against its walk ${figures.mine.raw.toFixed(1)} ms`,
      );
      console.log(
        `RESULT ${name} ratio=${ratio.toFixed(3)} trace_ratio=${(figures.trace.raw / figures.trace.page).toFixed(3)} ` +
          `mine_ratio=${(figures.mine.raw / figures.mine.page).toFixed(3)} trace_page_ms=${figures.trace.page.toFixed(1)} ` +
          `trace_query_ms=${figures.trace.raw.toFixed(1)} mine_page_ms=${figures.mine.page.toFixed(1)} mine_query_ms=${figures.mine.raw.toFixed(1)} ` +
          `contributions=${CONTRIBUTIONS} links=${seeded.links} reached=${reached}`,
      );
    } finally {
      await raw.close();
    }
  } finally {
    await bench.close();
  }
}
