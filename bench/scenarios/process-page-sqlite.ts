/** The public process page on SQLite against the same bytes from memory. */
import { runProcessPageScenario } from '../support/process-page.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runProcessPageScenario('process-page-sqlite');
