import fs from 'node:fs';
import inspector from 'node:inspector/promises';

/**
 * Runs `work`, and when BENCH_PROFILE names a file, records a CPU profile of this process
 * while it runs (open it in Chrome's DevTools or any .cpuprofile viewer). Only the measured
 * part is profiled, not the setting up before it.
 */
export async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`CPU profile written to ${file}`);
  }
}
