/**
 * The load of the survey submission scenarios, in a process of its own so the
 * load generator does not share the app's event loop: each request submits
 * one complete response from its own address with its own idempotency key.
 */
import autocannon from 'autocannon';

/** What the scenario asks of the worker. */
export interface SubmissionLoad {
  url: string;
  headers: Record<string, string>;
  /** The JSON bodies to send, in turn (one per submission when `amount` is set). */
  bodies: string[];
  connections: number;
  amount?: number;
  duration?: number;
  overallRate?: number;
  /** Added to the forwarded address so two runs never share addresses. */
  addressOffset: number;
}

/** What the load process reports back. */
export interface SubmissionLoadResult {
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

const load = await new Promise<SubmissionLoad>((resolve) => process.once('message', (message) => resolve(message as SubmissionLoad)));
let sent = 0;
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const run = autocannon as unknown as (options: Record<string, unknown>) => Promise<{
  '2xx': number;
  non2xx: number;
  errors: number;
  duration: number;
  latency: { p50: number; p99: number };
}> & { on(event: 'response', listener: () => void): void };
// autocannon's own `duration` ends at its next one-second tick (a 3.4-s burst reads 4.01 s):
// the burst is timed here, from the start to the last answer.
const started = performance.now();
let lastAnswer = started;
const instance = run({
  url: load.url,
  method: 'POST',
  connections: load.connections,
  ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
  ...(load.overallRate ? { overallRate: load.overallRate } : {}),
  requests: [
    {
      setupRequest: (request: { headers: Record<string, string>; body?: string }) => {
        const n = sent;
        sent += 1;
        return {
          ...request,
          method: 'POST',
          headers: { ...load.headers, 'x-forwarded-for': address(load.addressOffset + n) },
          body: load.bodies[n % load.bodies.length],
        };
      },
    },
  ],
});
instance.on('response', () => {
  lastAnswer = performance.now();
});
const result = await instance;
const seconds = (lastAnswer - started) / 1000;
if (!result.latency) throw new Error(`autocannon: ${JSON.stringify(result).slice(0, 500)}`);
process.send?.({
  ok: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors,
  seconds,
  p50: result.latency.p50,
  p99: result.latency.p99,
} satisfies SubmissionLoadResult);
