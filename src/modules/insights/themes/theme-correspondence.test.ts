import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correspondThemes } from './theme-correspondence.ts';

/** Sentence ids `prefix0…prefixN-1` all in one theme. */
const block = (prefix: string, count: number, theme: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, theme]));

describe('theme correspondence between two runs', () => {
  it('tells a theme that persists, one that splits, two that merge, one that disappears and one that appears', () => {
    const earlier = {
      themeCount: 5,
      assignments: { ...block('a', 10, 0), ...block('b', 10, 1), ...block('c', 5, 2), ...block('d', 5, 3), ...block('e', 10, 4) },
    };
    const later = {
      themeCount: 5,
      assignments: {
        ...block('a', 10, 0), // a persists as 0
        ...block('b', 5, 1), // b splits into 1 and 2
        ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`b${i + 5}`, 2])),
        ...block('c', 5, 3), // c and d merge into 3
        ...block('d', 5, 3),
        ...block('n', 10, 4), // e's sentences are gone; 4 is new
      },
    };
    const result = correspondThemes(earlier, later);
    assert.deepEqual(
      result.earlier.map((theme) => [theme.fate, theme.to.map((link) => link.theme)]),
      [
        ['persists', [0]],
        ['splits', [1, 2]],
        ['merges', [3]],
        ['merges', [3]],
        ['disappears', []],
      ],
    );
    assert.deepEqual(
      result.later.map((theme) => [theme.fate, theme.from.map((link) => link.theme)]),
      [
        ['persists', [0]],
        ['splits', [1]],
        ['splits', [1]],
        ['merges', [2, 3]],
        ['appears', []],
      ],
    );
    assert.equal(result.earlier[1]!.to[0]!.share, 0.5);
  });

  it('ignores a trickle under the threshold, so a theme with a few strays still persists', () => {
    const earlier = { themeCount: 2, assignments: { ...block('a', 18, 0), ...block('b', 10, 1) } };
    const later = { themeCount: 2, assignments: { ...block('a', 16, 0), a16: 1, a17: 1, ...block('b', 10, 1) } };
    const result = correspondThemes(earlier, later);
    assert.deepEqual(
      result.earlier.map((theme) => theme.fate),
      ['persists', 'persists'],
    );
    assert.deepEqual(
      result.later.map((theme) => theme.fate),
      ['persists', 'persists'],
    );
  });
});
