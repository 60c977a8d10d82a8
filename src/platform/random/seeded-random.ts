/**
 * Seeded pseudo-random numbers (mulberry32, and Box–Muller for normal
 * numbers), shared by the opinion-map math and theme discovery. Math.random
 * cannot be seeded, and a computation must give the same answer for the same
 * input and seed on every run and machine; 32-bit integer arithmetic makes
 * that hold everywhere.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** Returns a mulberry32 generator seeded with the given number (its low 32 bits). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent seed for a sub-task (a restart, a sample), so that adding one does not shift the others. */
export function deriveSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fills an array with standard normal numbers (Box–Muller). */
export function fillGaussian(target: Float64Array, random: Random): void {
  for (let i = 0; i < target.length; i += 2) {
    const u = 1 - random();
    const v = random();
    const radius = Math.sqrt(-2 * Math.log(u));
    target[i] = radius * Math.cos(2 * Math.PI * v);
    if (i + 1 < target.length) target[i + 1] = radius * Math.sin(2 * Math.PI * v);
  }
}

/** The first `count` indices of a seeded shuffle of 0..n-1 (a sample without replacement), in ascending order. */
export function sampleIndices(n: number, count: number, random: Random): Int32Array {
  if (count >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order.slice(0, count).sort();
}
