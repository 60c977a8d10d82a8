import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { toAnswerRows } from '../../src/modules/surveys/answer-rows.ts';
import { answerContributions } from '../../src/modules/surveys/commands/record-answer-contributions.ts';
import type { SurveyDefinition } from '../../src/modules/surveys/index.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { newId, newToken } from '../../src/platform/db/ids.ts';
import { benchAnswers } from './survey-bench.ts';

type Row = Record<string, string | number | null>;

/** One insert of many rows: `insert into t (a, b) values ($1, $2), ($3, $4)`. */
function insertOf(table: string, rows: Row[]): { sql: string; values: Array<string | number | null> } {
  const columns = Object.keys(rows[0] ?? {});
  const values: Array<string | number | null> = [];
  const tuples = rows.map((row) => {
    const places = columns.map((column) => {
      values.push(row[column] ?? null);
      return `$${values.length}`;
    });
    return `(${places.join(', ')})`;
  });
  return { sql: `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values };
}

/** The three inserts of one submission, with the rows the app writes: the response, its answers, its free texts as contributions. */
export function submissionInserts(definition: SurveyDefinition, submission: number, now: Date) {
  const { survey } = definition;
  const id = newId();
  const stamp = now.toISOString();
  const answers = benchAnswers(definition, submission);
  const response: Row = {
    id,
    organisation_id: survey.organisationId,
    survey_id: survey.id,
    user_id: null,
    browser_key: newToken(24),
    idempotency_key: `bare-${submission}`,
    status: 'submitted',
    locale: 'fi',
    draft: null,
    created_at: stamp,
    updated_at: stamp,
    submitted_at: stamp,
  };
  const answerRows = toAnswerRows(definition, id, answers) as unknown as Row[];
  const contributions = answerContributions(definition, {
    responseId: id,
    respondent: { userId: null, browserKey: String(response.browser_key) },
    answers,
    locale: 'fi',
    edited: false,
  }).map(
    (input): Row => ({
      id: newId(),
      organisation_id: input.organisationId,
      process_id: input.processId,
      channel: input.channel,
      source_type: input.sourceType,
      source_id: input.sourceId,
      author_user_id: input.authorUserId,
      participant_key: input.participantKey ?? null,
      language: input.language,
      text: input.text.trim(),
      metadata: JSON.stringify(input.metadata ?? {}),
      hidden: 0,
      created_at: stamp,
      updated_at: stamp,
    }),
  );
  return [insertOf('survey_responses', [response]), insertOf('survey_answers', answerRows), insertOf('contributions', contributions)];
}

interface Driver {
  transaction(statements: Array<{ sql: string; values: unknown[] }>): Promise<void>;
  close(): Promise<void>;
}

/** better-sqlite3 with the app's pragmas (WAL, synchronous FULL, foreign keys), statements prepared once per shape. */
function sqliteDriver(path: string): Driver {
  const connection = new SqliteDatabase(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    transaction: async (statements) => {
      connection.exec('begin');
      for (const { sql, values } of statements) {
        const text = sql.replace(/\$\d+/g, '?');
        let statement = prepared.get(text);
        if (!statement) {
          statement = connection.prepare(text);
          prepared.set(text, statement);
        }
        statement.run(...values);
      }
      connection.exec('commit');
    },
    close: async () => void connection.close(),
  };
}

/** One pg client (the app's pool member, alone): begin, the inserts, commit. */
async function postgresDriver(url: string): Promise<Driver> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    transaction: async (statements) => {
      await client.query('begin');
      for (const { sql, values } of statements) await client.query(sql, values);
      await client.query('commit');
    },
    close: () => client.end(),
  };
}

/**
 * The baseline: `count` submissions' rows inserted back to back straight
 * through the driver, one transaction each, shaped as the app's (response,
 * multi-row answers, multi-row contributions). Answers submissions per second.
 */
export async function bareSubmissionLoop(target: DatabaseTarget, definition: SurveyDefinition, count: number): Promise<number> {
  const driver = target.kind === 'sqlite' ? sqliteDriver(target.path) : await postgresDriver(target.url);
  try {
    const batches = Array.from({ length: count }, (_, index) => submissionInserts(definition, 1_000_000 + index, new Date()));
    const started = performance.now();
    for (const statements of batches) await driver.transaction(statements);
    return count / ((performance.now() - started) / 1000);
  } finally {
    await driver.close();
  }
}
