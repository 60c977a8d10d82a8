import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { DEMO_ADMIN, loadDemo } from '../../demo.ts';
import { forgetResolvedOrganisations } from '../../modules/organisations/index.ts';
import type { Clock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { AppContext, DemoState } from '../module.ts';
import { copyTemplate, demoTemplate, templateFolder } from './demo-template.ts';
import { TestClient } from './test-client.ts';
import { createTestDatabase, testEngine } from './test-database.ts';

/** A running app on a real socket over a fresh database of the engine under test. */
export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  baseUrl: string;
  engine: 'sqlite' | 'postgres';
  demo: DemoState;
  client(headers?: Record<string, string>): TestClient;
  /** SQL statements run since the last reset (to prove a page's query count is constant). */
  queries: { count: number; statements: string[]; reset(): void };
  /** A client signed in as the demo admin. */
  adminClient(): Promise<TestClient>;
  close(): Promise<void>;
}

/** Starts the app for a test file: fresh database, migrations, optionally the demo, real HTTP. */
export async function startTestApp(
  options: { demo?: boolean; clock?: Clock; mailer?: Mailer; environment?: Record<string, string> } = {},
): Promise<TestApp> {
  // The host look-up cache lives in the process: npm test runs many files in one process
  // (test-worker.ts), and each app starts as it would in a process of its own.
  forgetResolvedOrganisations();
  // No load shedding unless a test asks for it: a test's own computation (a Polis replay, a type-check)
  // blocks this process's event loop, and the app beside it would refuse the next request as overloaded.
  const config = loadConfig({
    TARINA_DEMO: options.demo === false ? '0' : '1',
    LOG_LEVEL: 'silent',
    TARINA_OVERLOAD_DELAY_MS: '0',
    TARINA_OVERLOAD_HEAP_MB: '0',
    TARINA_OVERLOAD_WAIT_MS: '0',
    ...options.environment,
  });
  const silentMailer: Mailer = { send: async () => {}, close: () => {} };
  // The demo comes from this run's template unless the test watches the mail the seeding sends.
  const folder = options.demo !== false && !options.mailer ? templateFolder() : undefined;
  const template = folder
    ? await demoTemplate(
        folder,
        JSON.stringify({ now: options.clock?.now().toISOString() ?? 'system clock', environment: options.environment ?? {} }),
        async (target) => {
          const handle = openDatabase(target, { poolSize: 2 });
          try {
            await migrateToLatest(handle.db);
            const built = await buildApp({
              config: { ...config, database: target },
              database: handle,
              clock: options.clock,
              mailer: silentMailer,
              logger: false,
            });
            try {
              return await loadDemo(built.context);
            } finally {
              await built.app.close();
            }
          } finally {
            await handle.close();
          }
        },
      )
    : undefined;
  const database = template ? await copyTemplate(template) : await createTestDatabase();
  const queries = {
    count: 0,
    statements: [] as string[],
    reset() {
      queries.count = 0;
      queries.statements = [];
    },
  };
  const handle = openDatabase(database.target, {
    poolSize: 5,
    onQuery: (event) => {
      queries.count += 1;
      if (queries.statements.length < 500) queries.statements.push(event.query.sql);
    },
  });
  await migrateToLatest(handle.db);
  const { app, context } = await buildApp({
    config: { ...config, database: database.target },
    database: handle,
    clock: options.clock,
    mailer: options.mailer ?? silentMailer,
    logger: false,
  });
  const demo = options.demo === false ? {} : (template?.demo ?? (await loadDemo(context)));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    context,
    baseUrl,
    engine: testEngine(),
    demo,
    queries,
    client: (headers) => new TestClient(baseUrl, headers),
    adminClient: async () => {
      const client = new TestClient(baseUrl);
      await client.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
      return client;
    },
    close: async () => {
      await app.close();
      await handle.close();
      await database.drop();
    },
  };
}
