import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadDemo } from '../../src/demo.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { LISTEN_BACKLOG } from '../../src/platform/http/server.tsx';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import type { AppContext } from '../../src/platform/module.ts';
import { createTestDatabase } from '../../src/platform/testing/test-database.ts';
import { benchEnvironment } from './environment.ts';

/** An app over a fresh demo database, listening on loopback, that counts its SQL statements. */
export interface BenchApp {
  app: FastifyInstance;
  context: AppContext;
  baseUrl: string;
  /** SQL statements run since the app started; read it before and after a request. */
  statements(): number;
  close(): Promise<void>;
}

/**
 * Starts the app the way startTestApp does (engine from TEST_DATABASE, a throw-away
 * database, migrations, the demo), but lets the scenario add routes before listen(),
 * which Fastify forbids afterwards.
 */
export async function startBenchApp(beforeListen: (app: FastifyInstance) => void = () => {}): Promise<BenchApp> {
  const database = await createTestDatabase();
  let statements = 0;
  // Pool as large as the load's connections, so the figure is not a pool queue.
  const handle = openDatabase(database.target, { poolSize: 10, onQuery: () => (statements += 1) });
  try {
    await migrateToLatest(handle.db);
    const config = { ...loadConfig(benchEnvironment()), database: database.target };
    const silentMailer: Mailer = { send: async () => {}, close: () => {} };
    const { app, context } = await buildApp({ config, database: handle, mailer: silentMailer, logger: false });
    await loadDemo(context);
    beforeListen(app);
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      app,
      context,
      baseUrl: `http://127.0.0.1:${port}`,
      statements: () => statements,
      close: async () => {
        await app.close();
        await handle.close();
        await database.drop();
      },
    };
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
}
