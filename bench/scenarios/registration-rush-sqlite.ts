/** 2,000 registration requests at once for 70 quota seats on SQLite, against the bare transaction loop. */
import { runRegistrationRushScenario } from '../support/registration-rush.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runRegistrationRushScenario('registration-rush-sqlite');
