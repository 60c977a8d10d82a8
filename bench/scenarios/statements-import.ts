/** `statements import` + first groups of vTaiwan and of a generated 33,500 × 1,000 conversation with 2 million votes; the history replay against the final-votes computation. */
import { runStatementsImportScenario } from '../support/statements-import.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runStatementsImportScenario('statements-import');
