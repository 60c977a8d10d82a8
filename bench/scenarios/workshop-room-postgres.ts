/** One workshop room on PostgreSQL with 500 and then 2,000 phones on WebSockets: post → every phone, throughput against a bare broadcast, memory, restart. */
import { runWorkshopRoomScenario } from '../support/workshop-room.ts';

// Read by createTestDatabase; this process runs this scenario alone.
process.env.TEST_DATABASE = 'postgres';
await runWorkshopRoomScenario('workshop-room-postgres', [500, 2000]);
