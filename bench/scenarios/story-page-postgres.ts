/** The story page (40 paragraphs, 5,000 comments) on PostgreSQL (a throw-away database) against the same bytes from memory. */
import { runStoryPageScenario } from '../support/story-page.ts';

// Read by createTestDatabase when the app starts; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runStoryPageScenario('story-page-postgres');
