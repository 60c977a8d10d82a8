import http from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { toAnswerRows } from '../../src/modules/surveys/answer-rows.ts';
import type { SurveyDefinition } from '../../src/modules/surveys/index.ts';
import type { Answers } from '../../src/modules/surveys/model.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { adminClient, createBenchSurvey, RESULTS_QUESTIONS, type RecordedQuery, startSurveyBench } from './survey-bench.ts';

const RESPONSES = 100_000;
const RESPONSES_PER_BATCH = 2_000;
const RENDERS = 15;
/** Rows per prepared SQLite insert (well under its 32,766 bound values). */
const SQLITE_ROWS_PER_INSERT = 200;
const START = Date.parse('2013-02-01T08:00:00.000Z');

type Row = Record<string, string | number | null>;

const TEXTS = [
  'Vanha Rauma ja meri tekevät tästä kodin.',
  'Toivoisin lisää pyöräteitä ja parempia bussiyhteyksiä.',
  'Pitsiviikko on vuoden kohokohta.',
  'Torin laidalla on hyvä istua kesäiltana.',
  'Nuorille tarvitaan enemmän tekemistä.',
];

/** A plausible response number `n`: skewed choices, a third of them with a free text. */
function resultsAnswers(definition: SurveyDefinition, n: number): Answers {
  const answers: Answers = {};
  for (const [index, question] of definition.questions.entries()) {
    const ids = question.choices.map((choice) => choice.id);
    const pick = (offset: number) => ids[((n * 7 + offset * 3 + (n % 3)) % (ids.length + 1)) % ids.length] as string;
    if (question.type === 'single_choice') answers[question.id] = { choiceIds: [pick(index)] };
    else if (question.type === 'multiple_choice') answers[question.id] = { choiceIds: [...new Set([pick(0), pick(1)])] };
    else if (question.type === 'scale') answers[question.id] = { number: (question.settings.scaleMin ?? 0) + ((n * 13 + index) % 5) };
    else if (question.type === 'number') answers[question.id] = { number: n % 80 };
    else if (question.type === 'date') answers[question.id] = { date: `2013-0${1 + (n % 9)}-1${n % 10}` };
    else if (question.type === 'ranking')
      answers[question.id] = { ranking: ids.map((_, offset) => ids[(n + offset) % ids.length] as string) };
    else if (question.type === 'long_text' && n % 3 === 0) answers[question.id] = { text: `${TEXTS[n % TEXTS.length]} (${n})` };
  }
  return answers;
}

function batchRows(definition: SurveyDefinition, from: number, count: number): { responses: Row[]; answers: Row[] } {
  const { survey } = definition;
  const responses: Row[] = [];
  const answers: Row[] = [];
  for (let n = from; n < from + count; n += 1) {
    const id = newId();
    const stamp = new Date(START + n * 60_000).toISOString();
    responses.push({
      id,
      organisation_id: survey.organisationId,
      survey_id: survey.id,
      user_id: null,
      browser_key: `bench-${n}`,
      idempotency_key: null,
      status: 'submitted',
      locale: n % 10 === 0 ? 'sv' : 'fi',
      draft: null,
      created_at: stamp,
      updated_at: stamp,
      submitted_at: stamp,
    });
    answers.push(...(toAnswerRows(definition, id, resultsAnswers(definition, n)) as unknown as Row[]));
  }
  return { responses, answers };
}

/** The rows' columns, one array per column (PostgreSQL's unnest takes them so). */
function columnsOf(rows: Row[]): { names: string[]; arrays: Array<Array<string | number | null>> } {
  const names = Object.keys(rows[0] ?? {});
  return { names, arrays: names.map((name) => rows.map((row) => row[name] ?? null)) };
}

const PG_TYPES: Record<string, string> = { number_value: 'float8', rank_value: 'int4' };

/**
 * Inserts RESPONSES submitted responses with their answer rows straight through
 * the driver: on SQLite in one transaction of prepared multi-row inserts, on
 * PostgreSQL with `insert … select from unnest(arrays)` per batch.
 */
async function generateResponses(target: DatabaseTarget, definition: SurveyDefinition): Promise<number> {
  let answerRows = 0;
  if (target.kind === 'sqlite') {
    const connection = new SqliteDatabase(target.path);
    connection.pragma('busy_timeout = 5000');
    // Random UUID keys land all over the indexes: a big page cache keeps them in memory while loading.
    connection.pragma('cache_size = -400000');
    const statements = new Map<string, SqliteDatabase.Statement>();
    const insert = (table: string, rows: Row[]) => {
      const { names } = columnsOf(rows);
      const tuple = `(${names.map(() => '?').join(', ')})`;
      for (let start = 0; start < rows.length; start += SQLITE_ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + SQLITE_ROWS_PER_INSERT);
        const text = `insert into ${table} (${names.join(', ')}) values ${chunk.map(() => tuple).join(', ')}`;
        let statement = statements.get(text);
        if (!statement) {
          statement = connection.prepare(text);
          statements.set(text, statement);
        }
        statement.run(...chunk.flatMap((row) => names.map((name) => row[name] ?? null)));
      }
    };
    connection.transaction(() => {
      for (let from = 0; from < RESPONSES; from += RESPONSES_PER_BATCH) {
        const batch = batchRows(definition, from, RESPONSES_PER_BATCH);
        insert('survey_responses', batch.responses);
        insert('survey_answers', batch.answers);
        answerRows += batch.answers.length;
      }
    })();
    connection.exec('analyze');
    connection.close();
    return answerRows;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const insert = async (table: string, rows: Row[]) => {
    const { names, arrays } = columnsOf(rows);
    const unnest = names.map((name, index) => `$${index + 1}::${PG_TYPES[name] ?? 'text'}[]`).join(', ');
    await client.query(`insert into ${table} (${names.join(', ')}) select * from unnest(${unnest})`, arrays);
  };
  try {
    await client.query('begin');
    for (let from = 0; from < RESPONSES; from += RESPONSES_PER_BATCH) {
      const batch = batchRows(definition, from, RESPONSES_PER_BATCH);
      await insert('survey_responses', batch.responses);
      await insert('survey_answers', batch.answers);
      answerRows += batch.answers.length;
    }
    await client.query('commit');
    // What autovacuum does to a real database after such a load: statistics, and the visibility map that index-only scans need.
    await client.query('vacuum analyze survey_responses');
    await client.query('vacuum analyze survey_answers');
  } finally {
    await client.end();
  }
  return answerRows;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** The recorded aggregate statements run straight through the driver, as the page runs them (PostgreSQL: at once, over a pool). */
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
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  return {
    run: async (queries) => void (await Promise.all(queries.map((query) => pool.query(query.sql, query.parameters)))),
    close: () => pool.end(),
  };
}

/**
 * The results page of a survey with RESPONSES responses: the median of RENDERS
 * renders over HTTP, against the median of its aggregate statements (those that
 * read the answers or responses) replayed alone through the driver.
 */
export async function runSurveyResultsScenario(name: string): Promise<void> {
  const bench = await startSurveyBench();
  try {
    const definition = await createBenchSurvey(bench, RESULTS_QUESTIONS);
    const started = performance.now();
    const answerRows = await generateResponses(bench.target, definition);
    const generatedMs = performance.now() - started;
    const pagePath = `/fi/processes/${bench.demo.processSlug}/surveys/${definition.survey.id}/results`;
    // Loading blocked the event loop past the server's keep-alive timeout: drop the sockets it closed meanwhile.
    http.globalAgent.destroy();
    const admin = await adminClient(bench.baseUrl);
    const render = async () => {
      const response = await admin.get(pagePath);
      if (response.status !== 200) throw new Error(`GET ${pagePath} answered ${response.status}`);
      if (!/100[\s\u00a0\u202f]?000/.test(response.text)) throw new Error('the results page does not show the number of responses');
      return response.text.length;
    };
    await render();
    const statements = await bench.record(async () => void (await render()));
    const aggregates = statements.filter((query) => /survey_answers|survey_responses/.test(query.sql));
    const pageTimes: number[] = [];
    let bytes = 0;
    for (let index = 0; index < RENDERS; index += 1) {
      const before = performance.now();
      bytes = await render();
      pageTimes.push(performance.now() - before);
    }
    const raw = await rawRunner(bench.target);
    const rawTimes: number[] = [];
    try {
      await raw.run(aggregates);
      for (let index = 0; index < RENDERS; index += 1) {
        const before = performance.now();
        await raw.run(aggregates);
        rawTimes.push(performance.now() - before);
      }
    } finally {
      await raw.close();
    }
    const page = median(pageTimes);
    const rawMs = median(rawTimes);
    console.log(
      `${name}: ${RESPONSES} responses (${answerRows} answer rows, generated in ${Math.round(generatedMs)} ms) on ${bench.handle.dialect}; ` +
        `results page (${bytes} characters, ${statements.length} SQL statements, ${aggregates.length} of them aggregates) median ${page.toFixed(1)} ms over ${RENDERS} renders; ` +
        `the aggregate statements alone median ${rawMs.toFixed(1)} ms`,
    );
    console.log(
      `RESULT ${name} ratio=${(page / rawMs).toFixed(3)} page_median_ms=${page.toFixed(1)} aggregates_median_ms=${rawMs.toFixed(1)} ` +
        `statements=${statements.length} aggregate_statements=${aggregates.length} responses=${RESPONSES} answer_rows=${answerRows}`,
    );
  } finally {
    await bench.close();
  }
}
