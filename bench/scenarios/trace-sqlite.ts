/** A goal's trace and "what became of what I said" over 100,000 contributions and 1,000,000 links on SQLite, against the recursive walks alone. */
import { runTraceScenario } from '../support/trace.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runTraceScenario('trace-sqlite');
