/** One workshop room on SQLite with 500 and then 2,000 phones on WebSockets: post → every phone, throughput against a bare broadcast, memory, restart. */
import { runWorkshopRoomScenario } from '../support/workshop-room.ts';

// Read by createTestDatabase; this process runs this scenario alone.
process.env.TEST_DATABASE = 'sqlite';
await runWorkshopRoomScenario('workshop-room-sqlite', [500, 2000]);
