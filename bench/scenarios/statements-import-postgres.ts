/** `statements import` + first groups on PostgreSQL: vTaiwan and the generated 33,500 × 1,000 conversation (see statements-import). */
import { runStatementsImportScenario } from '../support/statements-import.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runStatementsImportScenario('statements-import-postgres');
