/** From a vote over HTTP to the updated opinion map in a live channel of 2,000 participants, on SQLite. */
import { runStatementsLiveScenario } from '../support/statements-live.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = process.env.TEST_DATABASE ?? 'sqlite';
await runStatementsLiveScenario('statements-live');
