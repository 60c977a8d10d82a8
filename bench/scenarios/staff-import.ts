/** The staff import of a 20,000-row HR export on SQLite, against a bare driver loop inserting the same accounts. */
import { runStaffImportScenario } from '../support/staff-import.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runStaffImportScenario('staff-import');
