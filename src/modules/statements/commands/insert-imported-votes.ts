import { CompiledQuery, PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import '../tables.ts';

/** One effective vote of an import, by the ids the import gave its statement and participant. */
export interface ImportedVoteRow {
  statementId: string;
  participantId: string;
  vote: -1 | 0 | 1;
  firstVotedAt: string;
  votedAt: string;
}

/** Rows per statement on SQLite: 7 bound values each, well under its limit of 32,766. */
const SQLITE_ROWS = 1000;
/** Rows per statement on PostgreSQL: five arrays of this length in one `unnest`. */
const POSTGRES_ROWS = 20_000;

/** The SQL of a SQLite insert of n rows: compiled once per size, then only values are bound. */
const sqliteInsertSql = new Map<number, string>();

function sqliteInsertSqlFor(trx: Db, rows: number): string {
  let text = sqliteInsertSql.get(rows);
  if (!text) {
    const blank = { organisation_id: '', channel_id: '', statement_id: '', participant_id: '', vote: 0, first_voted_at: '', voted_at: '' };
    text = trx
      .insertInto('statement_votes')
      .values(Array.from({ length: rows }, () => blank))
      .compile().sql;
    sqliteInsertSql.set(rows, text);
  }
  return text;
}

/**
 * The rows in the order that grows the table's two indexes at their ends:
 * by participant id, then statement id. Random ids in file order would touch a
 * different index page with every row, which on 2 million votes is most of
 * the import's time (pages evicted and read back over and over).
 */
function inIndexOrder(rows: readonly ImportedVoteRow[]): ImportedVoteRow[] {
  const rank = (ids: Iterable<string>) => new Map([...new Set(ids)].sort().map((id, index) => [id, index]));
  const participants = rank(rows.map((row) => row.participantId));
  const statements = rank(rows.map((row) => row.statementId));
  const keys = rows.map(
    (row) => (participants.get(row.participantId) as number) * statements.size + (statements.get(row.statementId) as number),
  );
  const order = Uint32Array.from(rows.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  return Array.from(order, (index) => rows[index] as ImportedVoteRow);
}

async function insertOnSqlite(trx: Db, organisationId: string, channelId: string, rows: readonly ImportedVoteRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
    const part = rows.slice(start, start + SQLITE_ROWS);
    const parameters: unknown[] = [];
    for (const row of part) {
      parameters.push(organisationId, channelId, row.statementId, row.participantId, row.vote, row.firstVotedAt, row.votedAt);
    }
    await trx.executeQuery(CompiledQuery.raw(sqliteInsertSqlFor(trx, part.length), parameters));
  }
}

async function insertOnPostgres(trx: Db, organisationId: string, channelId: string, rows: readonly ImportedVoteRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += POSTGRES_ROWS) {
    const part = rows.slice(start, start + POSTGRES_ROWS);
    await sql`
      insert into statement_votes (organisation_id, channel_id, statement_id, participant_id, vote, first_voted_at, voted_at)
      select ${organisationId}::text, ${channelId}::text, given.statement_id, given.participant_id, given.vote, given.first_voted_at, given.voted_at
      from unnest(
        ${part.map((row) => row.statementId)}::text[],
        ${part.map((row) => row.participantId)}::text[],
        ${part.map((row) => row.vote)}::integer[],
        ${part.map((row) => row.firstVotedAt)}::text[],
        ${part.map((row) => row.votedAt)}::text[]
      ) as given(statement_id, participant_id, vote, first_voted_at, voted_at)
    `.execute(trx);
  }
}

/**
 * Stores an import's effective votes in the caller's transaction (the import's
 * one transaction), in index order and many rows per statement: on SQLite a
 * multi-row insert compiled once and prepared once (the connection keeps
 * prepared statements by their text), on PostgreSQL one insert of arrays
 * through `unnest` per 20,000 rows. The channel is new, so no vote is there yet.
 */
export async function insertImportedVotes(
  trx: Db,
  target: { organisationId: string; channelId: string },
  rows: readonly ImportedVoteRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const ordered = inIndexOrder(rows);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await insertOnPostgres(trx, target.organisationId, target.channelId, ordered);
  else await insertOnSqlite(trx, target.organisationId, target.channelId, ordered);
}
