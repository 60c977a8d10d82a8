/** The coverage page of a dialogue round over 1,000 work communities (about 20,000 records and commitments) on SQLite, against its queries alone. */
import { runDialogueCoverageScenario } from '../support/dialogue-coverage.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runDialogueCoverageScenario('dialogue-coverage');
