/** A process's open-data CSV of 100,000 contributions on sqlite, against the database's own CSV of the same rows. */
import { runOpenDataExportScenario } from '../support/open-data-export.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runOpenDataExportScenario('open-data-export-sqlite');
