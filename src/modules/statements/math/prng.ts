/**
 * Small seeded pseudo-random generator (mulberry32).
 *
 * Math.random cannot be seeded, and the computation must give the same
 * answer for the same seed on every run and machine; 32-bit integer
 * arithmetic makes that hold everywhere.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** Returns a generator seeded with the given number (its low 32 bits). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent seed for a sub-task, so that adding one task does not shift the others. */
export function deriveSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
