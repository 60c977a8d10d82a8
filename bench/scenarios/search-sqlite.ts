/** The search page over 100,000 public items on SQLite against the raw FTS5 query alone. */
import { runSearchScenario } from '../support/search.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runSearchScenario('search-sqlite');
