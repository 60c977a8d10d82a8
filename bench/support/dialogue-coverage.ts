import http from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import type { Db } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { profiled } from './profile.ts';
import { adminClient, type RecordedQuery, startSurveyBench } from './survey-bench.ts';

const UNITS = 10;
const COMMUNITIES_PER_UNIT = 100;
const ROUNDS = 10;
const RENDERS = 15;
/** Rows per insert statement: well under SQLite's and PostgreSQL's bound-value limits. */
const ROWS_PER_INSERT = 400;

type Row = Record<string, string | number | null>;
const text = (fi: string) => JSON.stringify({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

async function insertRows(db: Db, table: string, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    // The bench writes other modules' tables straight, as a city's years of use would have left them.
    await db
      .insertInto(table as 'units')
      .values(rows.slice(start, start + ROWS_PER_INSERT) as never)
      .execute();
  }
}

/** UNITS top-level units, each with COMMUNITIES_PER_UNIT work communities (headcounts 5-40). */
async function growUnits(db: Db, organisationId: string): Promise<{ unitIds: string[]; communityIds: string[] }> {
  const now = new Date().toISOString();
  const units: Row[] = [];
  const communities: Row[] = [];
  for (let unit = 0; unit < UNITS; unit += 1) {
    const unitId = newId();
    units.push({
      id: unitId,
      organisation_id: organisationId,
      parent_id: null,
      kind: 'unit',
      name: text(`Vertailutoimiala ${unit + 1}`),
      headcount: 0,
      position: 100 + unit,
      created_at: now,
      updated_at: now,
    });
    for (let index = 0; index < COMMUNITIES_PER_UNIT; index += 1) {
      communities.push({
        id: newId(),
        organisation_id: organisationId,
        parent_id: unitId,
        kind: 'work_community',
        name: text(`Työyhteisö ${unit + 1}.${index + 1}`),
        headcount: 5 + ((unit * 7 + index * 13) % 36),
        position: index,
        created_at: now,
        updated_at: now,
      });
    }
  }
  await insertRows(db, 'units', units);
  await insertRows(db, 'units', communities);
  return { unitIds: units.map((row) => row.id as string), communityIds: communities.map((row) => row.id as string) };
}

/**
 * Each round's records and commitments over the communities: 75 % held (one in ten late), 10 %
 * under way, the rest not opened; a held record has 0-3 commitments. Answers the rows written.
 */
async function fillRound(db: Db, organisationId: string, roundId: string, communityIds: string[], seed: number): Promise<number> {
  const records: Row[] = [];
  const commitments: Row[] = [];
  const at = '2026-05-20T10:00:00.000Z';
  for (const [index, communityId] of communityIds.entries()) {
    const draw = (index * 31 + seed * 17) % 100;
    if (draw >= 85) continue;
    const held = draw < 75;
    const recordId = newId();
    records.push({
      id: recordId,
      organisation_id: organisationId,
      round_id: roundId,
      work_community_id: communityId,
      status: held ? 'held' : 'under_way',
      held_on: held ? '2026-05-18' : null,
      participants: held ? 4 + (draw % 20) : null,
      answers: JSON.stringify(['Asiakas ensin.', 'Kysymme asiakkaalta.', 'Kokeilemme.']),
      late: held && draw % 10 === 0 ? 1 : 0,
      opened_by_user_id: null,
      submitted_by_user_id: null,
      submitted_at: held ? at : null,
      created_at: at,
      updated_at: at,
      visibility: draw % 2 === 0 ? 'public' : 'unit',
      workshop_id: null,
    });
    if (!held) continue;
    for (let position = 0; position < draw % 4; position += 1) {
      commitments.push({
        id: newId(),
        organisation_id: organisationId,
        record_id: recordId,
        round_id: roundId,
        work_community_id: communityId,
        position,
        what: `Sitoumus ${position + 1}`,
        who_role: 'koko työyhteisö',
        due_on: null,
        status: 'planned',
        created_at: at,
        updated_at: at,
        objective_id: null,
      });
    }
  }
  await insertRows(db, 'dialogue_records', records);
  await insertRows(db, 'dialogue_commitments', commitments);
  return records.length + commitments.length;
}

/** The recorded statements run straight through the driver, as the page runs them. */
async function rawRunner(target: DatabaseTarget): Promise<{ run(queries: RecordedQuery[]): Promise<void>; close(): Promise<void> }> {
  if (target.kind === 'sqlite') {
    const connection = new SqliteDatabase(target.path, { readonly: true });
    return {
      run: async (queries) => {
        for (const query of queries) connection.prepare(query.sql).all(...(query.parameters as unknown[]));
      },
      close: async () => void connection.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    run: async (queries) => {
      for (const query of queries) await client.query(query.sql, query.parameters as unknown[]);
    },
    close: () => client.end(),
  };
}

/** The units and ROUNDS rounds over them through the API, filled with records: the first round's id and the rows written. */
async function growRounds(db: Db, organisationId: string, processId: string, admin: Awaited<ReturnType<typeof adminClient>>) {
  const { unitIds, communityIds } = await growUnits(db, organisationId);
  let roundId = '';
  let rows = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const created = await admin.api('POST', '/api/v1/dialogue-rounds', {
      processId,
      title: { fi: `Vertailukierros ${round + 1}` },
      questions: { fi: 'Mitä tarina merkitsee työssämme?\nMitä teemme toisin?\nMihin sitoudumme?' },
      unitIds,
      opensOn: '2026-05-01',
      dueOn: '2026-06-15',
    });
    if (created.status !== 201) throw new Error(`creating a round answered ${created.status}: ${created.text}`);
    const id = created.json<{ id: string }>().id;
    rows += await fillRound(db, organisationId, id, communityIds, round);
    if (round === 0) roundId = id;
  }
  return { communityIds, roundId, rows };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The coverage page of a round over UNITS × COMMUNITIES_PER_UNIT work communities, beside ROUNDS
 * rounds' records and commitments (about 20,000 rows): the median of RENDERS renders over HTTP
 * against the median of the statements that read the units tree and the dialogues' tables,
 * replayed alone through the driver. The ratio is the queries' time over the page's (≥ 0.5 wanted).
 */
export async function runDialogueCoverageScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const db = bench.handle.db;
    const organisationId = bench.demo.organisationId as string;
    const admin = await adminClient(bench.baseUrl);
    const started = performance.now();
    const { communityIds, roundId, rows } = await growRounds(db, organisationId, bench.demo.processId as string, admin);
    const generatedMs = performance.now() - started;
    http.globalAgent.destroy();
    const pagePath = `/fi/admin/dialogues/${roundId}/coverage`;
    const render = async () => {
      const response = await admin.get(pagePath);
      if (response.status !== 200) throw new Error(`GET ${pagePath} answered ${response.status}`);
      return response.text;
    };
    // Checked once, outside the timing: the page counts every work community and the map draws each.
    // The count is formatted for Finnish ("1 000" with a narrow no-break space): compared without spaces.
    const first = await render();
    if (!first.replace(/[\s\u00a0\u202f]/g, '').includes(`/${communityIds.length}työyhteisöä`)) {
      throw new Error('the coverage page does not count every work community');
    }
    if ((first.match(/<rect class="coverage-map__cell" /g) ?? []).length !== communityIds.length) {
      throw new Error('the coverage map does not draw every work community');
    }
    const statements = await bench.record(async () => void (await render()));
    const reads = statements.filter((query) => /dialogue_|"units"|\bunits\b/.test(query.sql));
    const pageTimes: number[] = [];
    let bytes = 0;
    await profiled(async () => {
      for (let index = 0; index < RENDERS; index += 1) {
        const before = performance.now();
        bytes = (await render()).length;
        pageTimes.push(performance.now() - before);
      }
    });
    const raw = await rawRunner(bench.target);
    const rawTimes: number[] = [];
    try {
      await raw.run(reads);
      for (let index = 0; index < RENDERS; index += 1) {
        const before = performance.now();
        await raw.run(reads);
        rawTimes.push(performance.now() - before);
      }
    } finally {
      await raw.close();
    }
    const page = median(pageTimes);
    const rawMs = median(rawTimes);
    console.log(
      `${name}: ${communityIds.length} work communities, ${ROUNDS} rounds with ${rows} records and commitments (generated in ${Math.round(generatedMs)} ms) on ${bench.handle.dialect}; ` +
        `coverage page (${bytes} characters, ${statements.length} SQL statements, ${reads.length} of them reading units and dialogues) median ${page.toFixed(1)} ms over ${RENDERS} renders; ` +
        `those statements alone median ${rawMs.toFixed(1)} ms`,
    );
    console.log(
      `RESULT ${name} ratio=${(rawMs / page).toFixed(3)} page_median_ms=${page.toFixed(1)} queries_median_ms=${rawMs.toFixed(1)} ` +
        `statements=${statements.length} read_statements=${reads.length} communities=${communityIds.length} rows=${rows}`,
    );
  } finally {
    await bench.close();
  }
}
