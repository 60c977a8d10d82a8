import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Every table of the database with its rows as JSON text, on either engine. */
export async function everyTableAsText(db: Db, engine: 'sqlite' | 'postgres'): Promise<Map<string, string[]>> {
  const names =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
          db,
        )
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const tables = new Map<string, string[]>();
  for (const { name } of names.rows) {
    // FTS5's shadow tables hold the same text as their index table, in its own encoding.
    if (engine === 'sqlite' && /_(data|idx|content|docsize|config)$/.test(name)) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    tables.set(
      name,
      rows.rows.map((row) => JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString('utf8') : value)).toLowerCase()),
    );
  }
  return tables;
}

/** Where each needle occurs: `table: needle` per row that holds it. */
export function findNeedles(
  tables: Map<string, string[]>,
  needles: Record<string, string>,
  allowed: (table: string, what: string) => boolean,
) {
  const found: string[] = [];
  for (const [table, rows] of tables) {
    for (const [what, needle] of Object.entries(needles)) {
      const hits = rows.filter((row) => row.includes(needle.toLowerCase()));
      if (hits.length > 0 && !allowed(table, what)) found.push(`${table}: ${what} in ${hits.length} rows, e.g. ${hits[0]?.slice(0, 300)}`);
    }
  }
  return found;
}
