/**
 * One stream of the overload scenario, in a process of its own (the load must not share the app's
 * event loop): requests at a fixed rate for some seconds, each from its own forwarded address, each
 * body made unique by putting the request's number where the template says `__N__`. Reports every
 * status, the latency of served and of refused (503) answers, and the p99 of each second.
 */
import autocannon from 'autocannon';

/** What the scenario asks of one stream. */
export interface StreamRequest {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A JSON body with `__N__` where the request's number goes (none for GET). */
  body?: string;
  connections: number;
  seconds: number;
  /** Requests a second in all; 0: as fast as the connections go (closed loop). */
  rate: number;
  /** Added to the request's number, so that streams and phases never share addresses, keys or e-mails. */
  offset: number;
}

export interface Latency {
  count: number;
  p50: number;
  p99: number;
}

/** What one stream reports back. */
export interface StreamResult {
  name: string;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  /** Requests that got no answer (timeouts, resets). */
  errors: number;
  served: Latency;
  refused: Latency;
  /** Per second of the run: answers and their p99 (ms). */
  perSecond: Array<{ count: number; p99: number }>;
  rps: number;
}

function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { count: sorted.length, p50: Math.round(at(0.5)), p99: Math.round(at(0.99)) };
}

const request = await new Promise<StreamRequest>((resolve) => process.once('message', (message) => resolve(message as StreamRequest)));
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
let sent = 0;
const statuses: Record<string, number> = {};
const served: number[] = [];
const refused: number[] = [];
const seconds: number[][] = Array.from({ length: request.seconds + 30 }, () => []);
const started = performance.now();
const run = autocannon as unknown as (options: Record<string, unknown>) => Promise<{ errors: number }> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const instance = run({
  url: request.url,
  method: request.method,
  connections: request.connections,
  duration: request.seconds,
  timeout: 10,
  ...(request.rate > 0 ? { overallRate: request.rate } : {}),
  requests: [
    {
      setupRequest: (outgoing: { headers?: Record<string, string>; body?: string }) => {
        const n = request.offset + sent;
        sent += 1;
        return {
          ...outgoing,
          method: request.method,
          headers: { ...request.headers, 'x-forwarded-for': address(n) },
          ...(request.body ? { body: request.body.replaceAll('__N__', String(n)) } : {}),
        };
      },
    },
  ],
});
instance.on('response', (_client, status, _bytes, ms) => {
  statuses[status] = (statuses[status] ?? 0) + 1;
  (status === 503 ? refused : served).push(ms);
  const second = Math.floor((performance.now() - started) / 1000);
  seconds[Math.min(second, seconds.length - 1)]?.push(ms);
});
const result = await instance;
const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
process.send?.({
  name: request.name,
  statuses,
  errors: result.errors,
  served: latency(served),
  refused: latency(refused),
  perSecond: seconds.slice(0, request.seconds).map((values) => ({ count: values.length, p99: latency(values).p99 })),
  rps: total / request.seconds,
} satisfies StreamResult);
