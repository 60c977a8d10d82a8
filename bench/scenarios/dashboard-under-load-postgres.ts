/** The participation dashboard of a process of 100,000 contributions while survey submissions run, on postgres, against its aggregate SQL alone. */
import { runDashboardUnderLoadScenario } from '../support/dashboard-under-load.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runDashboardUnderLoadScenario('dashboard-under-load-postgres');
