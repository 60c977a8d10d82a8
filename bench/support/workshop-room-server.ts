/**
 * The app server of the workshop-room benchmark, in a process of its own so
 * that its memory is its own and it can be stopped and started again on the
 * same port and database (the restart the clients must survive). Beside the
 * app it runs a bare WebSocket broadcaster (the same `ws` library and loopback
 * HTTP upgrade the app's live rooms use) for the baseline: it sends the payloads
 * the parent gives it to every socket connected to it, and nothing else.
 *
 * Talks to its parent over IPC: `{ ready, baseUrl, barePort }` once listening;
 * answers `stats` with its memory and CPU time; `bare` broadcasts; SIGTERM
 * closes the app (its sockets get 1001) and exits.
 */

import type { LogEvent } from 'kysely';
import { WebSocketServer } from 'ws';
import { buildApp } from '../../src/app.ts';
import { loadDemo } from '../../src/demo.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { LISTEN_BACKLOG } from '../../src/platform/http/server.tsx';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import { benchEnvironment } from './environment.ts';

const target = JSON.parse(process.env.BENCH_DATABASE ?? '') as DatabaseTarget;
const port = Number(process.env.BENCH_PORT ?? 0);
const seed = process.env.BENCH_SEED === '1';

// With BENCH_CPU_PROF, the statements of a profiled phase are counted and timed by their SQL too.
const statements = new Map<string, { count: number; ms: number }>();
let countStatements = false;
const onQuery = process.env.BENCH_CPU_PROF
  ? (event: LogEvent) => {
      if (!countStatements) return;
      const known = statements.get(event.query.sql) ?? { count: 0, ms: 0 };
      known.count += 1;
      known.ms += event.queryDurationMillis;
      statements.set(event.query.sql, known);
    }
  : undefined;
const handle = openDatabase(target, { poolSize: 10, onQuery });
if (seed) await migrateToLatest(handle.db);
// Every simulated phone has its own address (X-Forwarded-For), as phones on mobile data do.
const config = { ...loadConfig(benchEnvironment({ TRUST_PROXY: '1' })), database: target };
const silentMailer: Mailer = { send: async () => {}, close: () => {} };
const { app, context } = await buildApp({ config, database: handle, mailer: silentMailer, logger: false });
if (seed) await loadDemo(context);
await app.listen({ port, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
const address = app.server.address();
const listening = typeof address === 'object' && address ? address.port : 0;

const bare = new WebSocketServer({ host: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => bare.on('listening', () => resolve()));
const bareAddress = bare.address();
const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0;

type Command =
  | { type: 'stats' }
  | { type: 'bare'; payloads: string[]; offsets: number[] }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };

// BENCH_CPU_PROF=folder: the parent asks for a CPU profile of the writing phase alone (inspector, in this process).
const inspector = process.env.BENCH_CPU_PROF ? new (await import('node:inspector')).Session() : null;
inspector?.connect();
const inspect = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => inspector?.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

process.on('message', (command: Command) => {
  if (command.type === 'stats') {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    process.send?.({
      type: 'stats',
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      cpuMs: (cpu.user + cpu.system) / 1000,
      systemMs: cpu.system / 1000,
    });
  } else if (command.type === 'profile-start' && inspector) {
    statements.clear();
    countStatements = true;
    void inspect('Profiler.enable').then(() => inspect('Profiler.start'));
  } else if (command.type === 'profile-stop' && inspector) {
    void inspect('Profiler.stop').then(async (result) => {
      const fs = await import('node:fs');
      fs.writeFileSync(command.file, JSON.stringify((result as { profile: unknown }).profile));
      countStatements = false;
      const bySql = [...statements].sort((a, b) => b[1].ms - a[1].ms);
      fs.writeFileSync(
        command.file.replace(/\.cpuprofile$/, '.statements.txt'),
        bySql.map(([sql, { count, ms }]) => `${ms.toFixed(0)} ms\t${count}×\t${sql.slice(0, 300)}`).join('\n'),
      );
    });
  } else if (command.type === 'bare') {
    // Each payload as one buffer to every socket (as the app sends a shared part), at its offset in ms from now.
    const started = performance.now();
    const buffers = command.payloads.map((payload) => Buffer.from(payload));
    const broadcast = (from: number) => {
      let index = from;
      while (index < buffers.length && (command.offsets[index] ?? 0) <= performance.now() - started) {
        for (const socket of bare.clients) socket.send(buffers[index] as Buffer, { binary: false });
        index += 1;
      }
      if (index < buffers.length) setTimeout(() => broadcast(index), (command.offsets[index] ?? 0) - (performance.now() - started));
      else process.send?.({ type: 'bare-sent' });
    };
    broadcast(0);
  }
});

process.on('SIGTERM', async () => {
  for (const socket of bare.clients) socket.terminate();
  bare.close();
  await app.close();
  await handle.close();
  process.exit(0);
});

process.send?.({ type: 'ready', baseUrl: `http://127.0.0.1:${listening}`, barePort });
