/** The process page, survey submissions and registrations at three times their saturation rate on PostgreSQL (OVERLOAD_SECONDS, 600 by default). */
import { runOverloadScenario } from '../support/overload.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runOverloadScenario('overload-postgres');
