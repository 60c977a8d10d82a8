/** The results page of a survey with 100,000 responses on SQLite, against its aggregate queries alone. */
import { runSurveyResultsScenario } from '../support/survey-results.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runSurveyResultsScenario('survey-results-sqlite');
