import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

/** The load every HTTP scenario applies: short, bounded, on loopback only. */
export const LOAD = { connections: 10, warmUpSeconds: 1, seconds: 5 };

/** Requests per second and latency of one URL under LOAD. */
export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

/** Warms a URL up, then measures it (with the given request headers); fails when any response was not 2xx, since their speed means nothing. */
export async function measureThroughput(url: string, headers: Record<string, string> = {}): Promise<Throughput> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`bench loads loopback addresses only, not ${url}`);
  await autocannon({ url, headers, connections: LOAD.connections, duration: LOAD.warmUpSeconds });
  const result = await autocannon({ url, headers, connections: LOAD.connections, duration: LOAD.seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

/** What load-apart.ts is asked to apply. */
export interface LoadRequest {
  url: string;
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  headers: Record<string, string>;
  /** Each request with its own X-Forwarded-For address (the app must trust the proxy). */
  addressPerRequest: boolean;
}

const loadApart = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-apart.ts');

/**
 * Like measureThroughput, but the load comes from a process of its own (load-apart.ts), as clients
 * would: the server's event loop runs the app alone. The server must not block its event loop while
 * this runs (await it).
 */
export async function measureApart(
  url: string,
  options: { headers?: Record<string, string>; addressPerRequest?: boolean } = {},
): Promise<Throughput> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`bench loads loopback addresses only, not ${url}`);
  const request: LoadRequest = {
    url,
    connections: LOAD.connections,
    warmUpSeconds: LOAD.warmUpSeconds,
    seconds: LOAD.seconds,
    headers: options.headers ?? {},
    addressPerRequest: options.addressPerRequest ?? false,
  };
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', loadApart, JSON.stringify(request)], {
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Throughput & { non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  return { rps: result.rps, p50: result.p50, p99: result.p99, requests: result.requests };
}
