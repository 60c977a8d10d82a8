/** The public process page on PostgreSQL (a throw-away database) against the same bytes from memory. */
import { runProcessPageScenario } from '../support/process-page.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runProcessPageScenario('process-page-postgres');
