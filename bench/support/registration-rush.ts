import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { DEMO_ADMIN, loadDemo } from '../../src/demo.ts';
import { createRushEvent, type RushEvent } from '../../src/modules/events/test-support/rush-event.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { newId, newToken } from '../../src/platform/db/ids.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { LISTEN_BACKLOG } from '../../src/platform/http/server.tsx';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import { TestClient } from '../../src/platform/testing/test-client.ts';
import { createTestDatabase } from '../../src/platform/testing/test-database.ts';
import { benchEnvironment } from './environment.ts';
import { profiled } from './profile.ts';
import type { RushAnswer, RushOrder } from './rush-crowd.ts';

const REQUESTS = 2000;
const SEATS = 70;
const NOW = '2013-03-10T08:00:00.000Z';

/** The statements one registration runs while it holds the event's lock, as the app's registerForEvent runs them. */
const STATEMENTS = {
  lock: 'update events set registration_seq = registration_seq + 1 where organisation_id = $1 and id = $2 returning *',
  seats:
    "select 'quota' as kind, id as quota_id, null as pool, seats as amount from event_quotas where organisation_id = $1 and event_id = $2 " +
    "union all select 'held', quota_id, pool, count(*) from event_registrations where organisation_id = $1 and event_id = $2 and status = 'confirmed' group by quota_id, pool",
  insert:
    'insert into event_registrations (id, organisation_id, event_id, seq, status, pool, quota_id, attribute_value, user_id, name, email, locale, link_hash, invitation_id, site_origin, checked_in_at, reminder_claim, reminded_at, cancelled_at, created_at, updated_at) ' +
    "values ($1, $2, $3, $4, $5, $6, $7, $8, null, $9, $10, 'fi', $11, null, 'http://bench', null, null, null, null, $12, $12)",
};

interface Loop {
  run(sql: string, values: unknown[]): Promise<Array<Record<string, unknown>>>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

function sqliteLoop(path: string): Loop {
  const connection = new SqliteDatabase(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('busy_timeout = 5000');
  const toSqlite = (sql: string, values: unknown[]) => {
    const order = [...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]) - 1);
    return { sql: sql.replace(/\$\d+/g, '?'), values: order.map((index) => values[index]) };
  };
  return {
    run: async (sql, values) => {
      const statement = toSqlite(sql, values);
      const prepared = connection.prepare(statement.sql);
      if (prepared.reader) return prepared.all(...statement.values) as Array<Record<string, unknown>>;
      prepared.run(...statement.values);
      return [];
    },
    begin: async () => void connection.exec('begin'),
    commit: async () => void connection.exec('commit'),
    close: async () => void connection.close(),
  };
}

async function postgresLoop(url: string): Promise<Loop> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    run: async (sql, values) => (await client.query(sql, values)).rows,
    begin: async () => void (await client.query('begin')),
    commit: async () => void (await client.query('commit')),
    close: () => client.end(),
  };
}

/** The same transaction as a registration, run back to back through the driver: the baseline of the rush. */
async function bareLoop(target: DatabaseTarget, organisationId: string, rush: RushEvent): Promise<number> {
  const loop = target.kind === 'sqlite' ? sqliteLoop(target.path) : await postgresLoop(target.url);
  const started = performance.now();
  for (let index = 0; index < REQUESTS; index += 1) {
    const unit = rush.units[index % rush.units.length]!;
    await loop.begin();
    const [event] = await loop.run(STATEMENTS.lock, [organisationId, rush.eventId]);
    const rows = await loop.run(STATEMENTS.seats, [organisationId, rush.eventId]);
    const held = rows.filter((row) => row.kind === 'held').reduce((sum, row) => sum + Number(row.amount), 0);
    const inQuota = rows
      .filter((row) => row.kind === 'held' && row.quota_id === unit.quotaId && row.pool === 'quota')
      .reduce((sum, row) => sum + Number(row.amount), 0);
    const seated = held < SEATS && inQuota < unit.seats;
    const values = [
      newId(),
      organisationId,
      rush.eventId,
      Number(event?.registration_seq),
      seated ? 'confirmed' : 'waitlisted',
      seated ? 'quota' : null,
      unit.quotaId,
      unit.id,
      `Bare ${index}`,
      `bare-${index}@example.com`,
      newToken(24),
      NOW,
    ];
    await loop.run(STATEMENTS.insert, values);
    await loop.commit();
  }
  const seconds = (performance.now() - started) / 1000;
  await loop.close();
  return REQUESTS / seconds;
}

const CROWD_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rush-crowd.ts');

/**
 * Sends the rush from a process of its own (rush-crowd.ts) once its connections are open, and
 * answers with the statuses, the time the crowd waited, and this (the app's) process's CPU time meanwhile.
 */
function rushApart(order: RushOrder): Promise<RushAnswer & { cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(CROWD_PROCESS, [JSON.stringify(order)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let cpuBefore = process.cpuUsage();
    let finish: () => void = () => {};
    child.on('message', (message) => {
      if (message === 'ready') {
        cpuBefore = process.cpuUsage();
        const done = new Promise<void>((settle) => (finish = settle));
        void profiled(() => done);
        child.send('go');
        return;
      }
      const cpu = process.cpuUsage(cpuBefore);
      finish();
      resolve({ ...(message as RushAnswer), cpuMs: (cpu.user + cpu.system) / 1000 });
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the crowd's process exited with ${code}`)));
  });
}

/**
 * The registration rush: 2,000 registration requests at once over real HTTP
 * for 70 seats split over the demo's units, each from its own address, then
 * the same transaction in a bare driver loop on a second event. Fails when
 * the rush overbooked or left a request without a definite answer.
 */
export async function runRegistrationRushScenario(name: string): Promise<void> {
  const database = await createTestDatabase();
  const handle = openDatabase(database.target, { poolSize: 10 });
  try {
    await migrateToLatest(handle.db);
    const config = { ...loadConfig(benchEnvironment({ TRUST_PROXY: '1' })), database: database.target };
    const silentMailer: Mailer = { send: async () => {}, close: () => {} };
    const { app, context } = await buildApp({ config, database: handle, clock: fixedClock(NOW), mailer: silentMailer, logger: false });
    const demo = await loadDemo(context);
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const adminClient = async () => {
      const client = new TestClient(baseUrl);
      await client.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
      return client;
    };
    const rush = await createRushEvent({ adminClient, demo }, SEATS);
    const {
      statuses,
      ms: rushMs,
      cpuMs,
    } = await rushApart({
      baseUrl,
      eventId: rush.eventId,
      unitIds: rush.units.map((unit) => unit.id),
      requests: REQUESTS,
    });
    const undecided = statuses.filter((status) => status !== 201).length;
    const confirmed = await handle.db
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', rush.eventId)
      .where('status', '=', 'confirmed')
      .execute();
    if (undecided > 0 || confirmed.length > SEATS)
      throw new Error(`${undecided} requests without a seat or waitlist place, ${confirmed.length} confirmed for ${SEATS} seats`);
    const baseline = await createRushEvent({ adminClient, demo }, SEATS);
    const bareRps = await bareLoop(database.target, demo.organisationId!, baseline);
    const rushRps = REQUESTS / (rushMs / 1000);
    console.log(
      `${name}: ${REQUESTS} registrations over HTTP on ${handle.dialect} answered in ${Math.round(rushMs)} ms (${rushRps.toFixed(1)}/s); bare driver loop ${bareRps.toFixed(1)}/s`,
    );
    console.log(
      `RESULT ${name} ratio=${(rushRps / bareRps).toFixed(3)} rush_ms=${Math.round(rushMs)} rush_rps=${rushRps.toFixed(1)} bare_rps=${bareRps.toFixed(1)} confirmed=${confirmed.length} seats=${SEATS} app_cpu_ms=${Math.round(cpuMs)}`,
    );
    await app.close();
  } finally {
    await handle.close();
    await database.drop();
  }
}
