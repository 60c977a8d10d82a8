/**
 * A second app process over the same database, for the two-process race:
 * started by the test with DATABASE_URL and TEST_CLOCK (the first app's
 * fixed time) set, it prints its address and serves until its parent closes
 * its stdin.
 */
import { buildApp } from '../../../app.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { loadConfig } from '../../../platform/config.ts';
import { openDatabase } from '../../../platform/db/database.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';

// No load shedding, as in startTestApp: the race is about seats, and a crowd of 2,000 at once on a busy test
// machine waits longer than the guard's two seconds (its 503s are tested in platform/http/overload).
const config = loadConfig({
  ...process.env,
  TARINA_DEMO: '0',
  LOG_LEVEL: 'silent',
  TRUST_PROXY: '1',
  TARINA_OVERLOAD_DELAY_MS: '0',
  TARINA_OVERLOAD_HEAP_MB: '0',
  TARINA_OVERLOAD_WAIT_MS: '0',
});
const handle = openDatabase(config.database, { poolSize: 5 });
const silentMailer: Mailer = { send: async () => {}, close: () => {} };
const clock = fixedClock(process.env.TEST_CLOCK ?? new Date().toISOString());
const { app } = await buildApp({ config, database: handle, clock, mailer: silentMailer, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await app.close();
  await handle.close();
  process.exit(0);
});
