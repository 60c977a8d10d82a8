/** The part of autocannon's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  /** A percentile summary of one statistic. */
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }

  /** What one run measured. */
  interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  }

  /** Options of one run. */
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
  }

  /** Runs a load against one URL and resolves with the figures. */
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
