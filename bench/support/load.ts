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
