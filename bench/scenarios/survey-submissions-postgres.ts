/** A burst of 20-question survey submissions over HTTP on PostgreSQL, against the same rows through the bare driver loop. */
import { runSurveySubmissionsScenario } from '../support/survey-submissions.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runSurveySubmissionsScenario('survey-submissions-postgres');
