import { buildApp } from './app.ts';
import { holdsDemo, listenHost, startMessage } from './demo/start-message.ts';
import { isEmpty, loadDemo } from './demo.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { LISTEN_BACKLOG } from './platform/http/server.tsx';

/**
 * Starts Tarina: validate settings, migrate, load the demo into an empty
 * database, serve. A database holding the demo (published passwords) is served
 * on 127.0.0.1 only unless HOST is set.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const { app, context } = await buildApp({ config, database });
  if (await isEmpty(context)) {
    if (config.demo) {
      await loadDemo(context);
      app.log.info('Loaded the Rauma 2013 demo into the empty database.');
    } else {
      app.log.warn(
        'The database is empty. Create the first organisation and admin with: npx tarina admin create --email … --organisation-name …',
      );
    }
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    await database.close();
    context.mailer.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const demo = await holdsDemo(context.db);
  const host = listenHost(config.host, demo);
  await app.listen({ port: config.port, host, backlog: LISTEN_BACKLOG });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const lines = startMessage({
    url: `http://${shownHost}:${port}/`,
    database: config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL',
    host,
    hostSet: config.host !== null,
    demo,
    mailDir: config.smtpUrl ? null : config.mailDir,
  });
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Tarina could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
