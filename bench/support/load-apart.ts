/**
 * The load generator in a process of its own: `measureApart` starts this file with one JSON
 * argument and reads one JSON line back. Clients are not in the server's process in a real
 * deployment; in the same process autocannon's parsing of every response runs on the server's
 * event loop and is counted against the page (more so the larger the page).
 */
import autocannon from 'autocannon';
import type { LoadRequest } from './load.ts';

const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
let sent = 0;
const options = {
  url: request.url,
  connections: request.connections,
  headers: request.headers,
  requests: [
    {
      // Each request from its own address (10.x.y.z) where asked: a crowd behind a trusted proxy.
      setupRequest: (outgoing: { headers?: Record<string, string> }) => {
        if (!request.addressPerRequest) return outgoing;
        sent += 1;
        const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
        return { ...outgoing, headers: { ...outgoing.headers, 'x-forwarded-for': address } };
      },
    },
  ],
};
const run = autocannon as unknown as (options: object) => ReturnType<typeof autocannon>;
await run({ ...options, duration: request.warmUpSeconds });
const result = await run({ ...options, duration: request.seconds });
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  })}\n`,
);
