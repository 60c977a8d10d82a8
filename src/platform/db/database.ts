import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect, type SqliteDialectConfig, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { refuse } from '../domain/refusal.ts';
import type { Database } from './schema.ts';

/** The typed query builder every module uses. */
export type Db = Kysely<Database>;

/** Which SQL engine is behind a Db; only platform/db should need to ask. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database with the facts the platform needs about it. */
export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

// COUNT(*) and other int8 values arrive from pg as strings; our counts fit in a double.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

/** Opens SQLite (WAL, foreign keys, fully synchronous commits) or a PostgreSQL pool. */
export function openDatabase(
  target: DatabaseTarget,
  options: { poolSize?: number; poolWaitMs?: number; onQuery?: (event: LogEvent) => void } = {},
): DatabaseHandle {
  const log = options.onQuery;
  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(path.resolve(target.path)), { recursive: true });
    const connection = new SqliteDatabase(target.path);
    connection.pragma('journal_mode = WAL');
    // FULL: a commit we acknowledged survives a power cut, not only a crash.
    connection.pragma('synchronous = FULL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }), log });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.poolWaitMs ?? POOL_WAIT_MS,
  });
  refuseWhenPoolWaitsTooLong(pool);
  // An idle connection the server closes (a restart, a failover, an administrator) is an 'error' on
  // the pool; unheard, it would end the process. The pool drops that connection by itself and opens a
  // new one for the next query, so there is nothing to do but not crash.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * How long a request waits for one of the pool's connections (or for a new one to open) before it is
 * told to come back: 503 with Retry-After, nothing of it started. Under a crowd the pool's line would
 * otherwise grow until clients time out, and their writes would be made for nobody.
 */
export const POOL_WAIT_MS = 5000;

/** pg-pool's answer to a wait beyond connectionTimeoutMillis (it has no code of its own). */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';

/** Turns the pool's timeout into a refusal the server answers as 503 (overloaded), not a 500. */
function refuseWhenPoolWaitsTooLong(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  pool.connect = (async () => {
    try {
      return await connect();
    } catch (error) {
      if (error instanceof Error && error.message === POOL_TIMEOUT) throw refuse.unavailable(POOL_RETRY_SECONDS);
      throw error;
    }
  }) as typeof pool.connect;
}

/** How long a request refused for the pool's line is asked to wait. */
const POOL_RETRY_SECONDS = 5;

const MAX_CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles SQL on each
 * prepare(): keep the compiled statements by their SQL text. Kysely runs one
 * statement at a time on the single connection; a statement still busy with an
 * iteration is never handed out twice.
 */
function withStatementCache(connection: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare: (sql: string) => {
      const known = statements.get(sql);
      if (known && !known.busy) return known;
      const statement = connection.prepare(sql);
      if (!known) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Answers whether the database takes a query; used by /healthz. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
