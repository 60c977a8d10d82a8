import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { importStaff } from '../../src/modules/accounts/staff-import/import-staff.ts';
import { flattenUnitTree, listUnitTree } from '../../src/modules/organisations/index.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { startBenchApp } from './bench-app.ts';

const ROWS = 20_000;
const LANGUAGES = ['fi', 'sv', 'en'];

/** An HR export of `ROWS` people spread over the demo's units (by Finnish name), every 50th a unit manager. */
function hrExport(unitNames: string[], prefix: string): string {
  const lines = ['sähköposti;nimi;yksikkö;rooli;kieli'];
  for (let index = 0; index < ROWS; index += 1) {
    const unit = unitNames[index % unitNames.length];
    const role = index % 50 === 0 ? 'unit_manager' : '';
    lines.push(`${prefix}${index}@bench.example;Henkilö ${index};${unit};${role};${LANGUAGES[index % 3]}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Runs `work` while sampling the heap and RSS every 5 ms; answers its time and the peaks above the start. */
async function measured(work: () => Promise<void>): Promise<{ ms: number; heapMb: number; rssMb: number }> {
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 5);
  const began = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - began;
  sample();
  return { ms, heapMb: (heap - start.heapUsed) / 1_048_576, rssMb: (rss - start.rss) / 1_048_576 };
}

type UserRow = [string, string, string, string, string, string, string, string];

/** The baseline: the same accounts inserted one statement per row, in one transaction, straight through the driver. */
async function bareInsertLoop(target: DatabaseTarget, rows: UserRow[]): Promise<void> {
  const sql =
    'insert into users (id, organisation_id, email, password_hash, display_name, locale, unit_id, created_at, updated_at) values ';
  if (target.kind === 'sqlite') {
    const connection = new SqliteDatabase(target.path);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    connection.pragma('foreign_keys = ON');
    const insert = connection.prepare(`${sql}(?, ?, ?, null, ?, ?, ?, ?, ?)`);
    connection.exec('begin');
    for (const row of rows) insert.run(...row);
    connection.exec('commit');
    connection.close();
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query('begin');
  for (const row of rows) await client.query(`${sql}($1, $2, $3, null, $4, $5, $6, $7, $8)`, row);
  await client.query('commit');
  await client.end();
}

/**
 * The staff import of a 20,000-row HR export (read, checked against the directory,
 * saved in one transaction with grants and audit entries), against a bare driver loop
 * inserting the same accounts; prints the time and peak memory of each and the ratio
 * bare ÷ import (goal ≥ 0.3). The import asks for its 20,000 invitations in its transaction
 * (timed: one batch row, each new account's insert marking the person); the job that turns
 * the marks into requests and mails them afterwards is not.
 */
export async function runStaffImportScenario(name: string): Promise<void> {
  const bench = await startBenchApp();
  try {
    const { context } = bench;
    const organisationId = (await context.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const units = flattenUnitTree(await listUnitTree(context.db, organisationId));
    const file = new TextEncoder().encode(
      hrExport(
        units.map((unit) => unit.name.fi),
        'staff',
      ),
    );
    let created = 0;
    const app = await measured(async () => {
      const request = { organisationId, organisationName: { fi: 'Bench' }, actorId: null, bytes: file, deactivateMissing: false };
      const result = await importStaff(context, { ...request, commit: true });
      if (!result.committed) throw new Error(`the bench file was refused: ${JSON.stringify(result.plan.problems.slice(0, 3))}`);
      created = result.plan.counts.create;
    });
    if (created !== ROWS) throw new Error(`${ROWS} rows, ${created} created`);
    const now = new Date().toISOString();
    const rows: UserRow[] = Array.from({ length: ROWS }, (_, index) => [
      newId(),
      organisationId,
      `bare${index}@bench.example`,
      `Henkilö ${index}`,
      LANGUAGES[index % 3] as string,
      units[index % units.length]?.id as string,
      now,
      now,
    ]);
    const bare = await measured(() => bareInsertLoop(context.config.database, rows));
    const ratio = bare.ms / app.ms;
    console.log(
      `${name}: ${ROWS} rows (${(file.byteLength / 1_000_000).toFixed(1)} MB) on ${context.dialect}: import ${app.ms.toFixed(0)} ms, ` +
        `peak heap +${app.heapMb.toFixed(1)} MB, peak RSS +${app.rssMb.toFixed(1)} MB; bare driver loop ${bare.ms.toFixed(0)} ms, ` +
        `peak heap +${bare.heapMb.toFixed(1)} MB; ratio bare/import ${ratio.toFixed(3)} (goal ≥ 0.3)`,
    );
    console.log(
      `RESULT ${name} ratio=${ratio.toFixed(3)} rows=${ROWS} import_ms=${app.ms.toFixed(0)} bare_ms=${bare.ms.toFixed(0)} ` +
        `import_peak_heap_mb=${app.heapMb.toFixed(1)} import_peak_rss_mb=${app.rssMb.toFixed(1)} bare_peak_heap_mb=${bare.heapMb.toFixed(1)}`,
    );
  } finally {
    await bench.close();
  }
}
