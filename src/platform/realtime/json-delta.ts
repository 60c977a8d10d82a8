import { create, type Delta } from 'jsondiffpatch';

/**
 * Deltas between two JSON values, for live views that change a little at a
 * time (a wall that gains a note). `jsondiffpatch` does the work; the options
 * here are the protocol the browser scripts share (`public/.../live.js` imports
 * the same library from `/assets/vendor/jsondiffpatch/`):
 *
 * - array items are matched by their `id` when they have one (a note that
 *   moved into a cluster is a removal and an insertion, not a rewrite of
 *   every note after it), by position otherwise;
 * - removed and replaced values are left out of the delta (a client only
 *   patches forward, so it never needs them back);
 * - moves within an array carry the index only.
 */
const differ = create({
  objectHash: (item: object, index?: number) => {
    const id = (item as { id?: unknown }).id;
    return typeof id === 'string' ? id : `#${index ?? ''}`;
  },
  arrays: { detectMove: true, includeValueOnMove: false },
  omitRemovedValues: true,
  cloneDiffValues: false,
});

/** The delta that turns `before` into `after` (both plain JSON), or undefined when they are equal. */
export function jsonDelta(before: unknown, after: unknown): Delta {
  return differ.diff(before, after);
}

/** Applies a delta to a plain JSON value in place and answers the result. */
export function applyJsonDelta<T>(value: T, delta: Delta): T {
  return differ.patch(value, delta) as T;
}
