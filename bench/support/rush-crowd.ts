/**
 * The registration rush's crowd in a process of its own: 2,000 browsers are not in the server's
 * process, and in it their HTTP parsing would run on the server's event loop and be counted as the
 * app's. Started by `rushApart` (registration-rush.ts) with one JSON argument; opens every
 * connection, says `ready`, fires all requests at `go`, and answers with the statuses and the time
 * from the first request sent to the last answer read.
 */
import { Crowd } from '../../src/modules/events/test-support/crowd.ts';

export interface RushOrder {
  baseUrl: string;
  eventId: string;
  unitIds: string[];
  requests: number;
}

export interface RushAnswer {
  statuses: number[];
  ms: number;
}

const order = JSON.parse(process.argv[2] ?? '{}') as RushOrder;
const crowd = new Crowd(order.baseUrl, order.requests);
await crowd.connect();
process.send?.('ready');
process.once('message', async () => {
  const started = performance.now();
  const responses = await Promise.all(
    Array.from({ length: order.requests }, (_, index) =>
      crowd.postJson(
        `/api/v1/events/${order.eventId}/registrations`,
        { name: `Rush ${index}`, email: `rush-${index}@example.com`, attributeValue: order.unitIds[index % order.unitIds.length] },
        index,
      ),
    ),
  );
  const answer: RushAnswer = { statuses: responses.map((response) => response.status), ms: performance.now() - started };
  crowd.close();
  process.send?.(answer, () => process.disconnect());
});
