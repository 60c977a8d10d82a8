/** The search page over 100,000 public items on PostgreSQL against the raw full-text query alone. */
import { runSearchScenario } from '../support/search.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runSearchScenario('search-postgres');
