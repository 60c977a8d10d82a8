import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chiSquareTest, type HeatMapPerson, themeGroupHeatMap, upperGammaRegularised } from './heat-map.ts';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

test('chi-square p-values agree with scipy.stats (chi2.sf and chi2_contingency without correction)', () => {
  close(upperGammaRegularised(0.5, 3.841458820694124 / 2), 0.05, 1e-12);
  close(upperGammaRegularised(1.5, 0.25), 0.9188914116546758, 1e-12);
  close(upperGammaRegularised(5, 20), 1.694474393006737e-5, 1e-15);
  close(upperGammaRegularised(2, 0.0005), 0.9999998750416589, 1e-12);
  const twoByTwo = chiSquareTest([
    [10, 20],
    [30, 40],
  ])!;
  close(twoByTwo.statistic, 0.7936507936507936, 1e-12);
  close(twoByTwo.pValue, 0.37299848361348686, 1e-10);
  assert.equal(twoByTwo.degreesOfFreedom, 1);
  const threeByThree = chiSquareTest([
    [12, 5, 30],
    [20, 25, 8],
    [6, 6, 6],
  ])!;
  close(threeByThree.statistic, 28.06859014621697, 1e-10);
  close(threeByThree.pValue, 1.2079978521348682e-5, 1e-14);
  assert.equal(threeByThree.degreesOfFreedom, 4);
  assert.equal(threeByThree.lowExpectedShare, 0);
  assert.equal(chiSquareTest([[3, 4]]), null);
  assert.equal(
    chiSquareTest([
      [3, 0],
      [4, 0],
    ]),
    null,
  );
});

/** `count` people of a group who spoke of the given themes. */
const many = (count: number, group: string | null, themes: number[]): HeatMapPerson[] =>
  Array.from({ length: count }, () => ({ group, themes }));

test('counts people once per theme, gives lift against everyone, suppresses small cells and what would reveal them', () => {
  const people = [
    ...many(30, 'young', [0]),
    ...many(10, 'young', [0, 1]),
    // The same person's several sentences in one theme count once.
    ...many(10, 'young', [1, 1, 1]),
    ...many(10, 'old', [0]),
    ...many(30, 'old', [1]),
    ...many(3, 'old', [2]),
    ...many(7, 'old', []),
    ...many(4, 'middle', [0]),
    ...many(6, null, [0]),
  ];
  const map = themeGroupHeatMap(people, { themeCount: 3, groups: ['young', 'middle', 'old'] });
  assert.deepEqual(map.groups, ['young', 'middle', 'old']);
  assert.equal(map.people, 104);
  assert.equal(map.ungrouped, 6);
  // The middle group has 4 people: its total and its cells are hidden.
  assert.deepEqual(map.groupPeople, [50, null, 50]);
  assert.deepEqual(map.themePeople, [54, 50, 3]);
  const young = map.cells[0]![0]!;
  assert.equal(young.count, 40);
  // 40 of 50 young people against 54 of 104 people overall.
  close(young.lift!, 40 / 50 / (54 / 104), 1e-12);
  assert.equal(map.cells[1]![2]!.count, 30);
  close(map.cells[1]![2]!.lift!, 30 / 50 / (50 / 104), 1e-12);
  // Under five: hidden, with no lift either.
  assert.deepEqual(map.cells[0]![1], { count: null, lift: null, suppressed: true });
  assert.deepEqual(map.cells[2]![2], { count: null, lift: null, suppressed: true });
  // Theme 1 (its total of 50 shown) would have only the middle cell hidden (0 people): its smallest other cell (young,
  // 20) goes too, else 50 − 20 − 30 = 0 would give it away; the same for theme 0 (old, 10).
  assert.equal(map.cells[1]![0]!.suppressed, true);
  assert.equal(map.cells[0]![2]!.suppressed, true);
  const revealing = map.cells.map((row) => row.filter((cell) => cell.suppressed).length);
  assert.ok(
    revealing.every((hidden) => hidden !== 1),
    `a row with exactly one hidden cell: ${revealing}`,
  );
  // The tests run on the full counts (scipy's chi2_contingency on [[40, 4, 10], [20, 0, 30], [0, 0, 3]] and, for theme 1,
  // on [[20, 0, 30], [30, 4, 20]] with the people who did not speak of it).
  close(map.test!.statistic, 24.896009187482058, 1e-9);
  close(map.test!.pValue, 5.279078779563323e-5, 1e-12);
  assert.equal(map.test!.degreesOfFreedom, 4);
  close(map.themeTests[1]!.statistic, 7.857777777777777, 1e-9);
  close(map.themeTests[1]!.pValue, 0.019665510986118087, 1e-12);
  // Groups that speak of the themes equally: p = 1, lift 1.
  const even = themeGroupHeatMap([...many(20, 'a', [0]), ...many(20, 'a', [1]), ...many(20, 'b', [0]), ...many(20, 'b', [1])], {
    themeCount: 2,
  });
  assert.deepEqual(even.groups, ['a', 'b']);
  close(even.test!.pValue, 1, 1e-12);
  close(even.cells[0]![0]!.lift!, 1, 1e-12);
});

test('an empty table has no test and no figures to show', () => {
  const map = themeGroupHeatMap([], { themeCount: 2 });
  assert.deepEqual(map.groups, []);
  assert.equal(map.people, 0);
  assert.equal(map.test, null);
  assert.deepEqual(map.themeTests, [null, null]);
  // One group: theme 1 (nobody) is hidden, and so the group's only other cell, which its total of 12 would give away.
  const one = themeGroupHeatMap(many(12, 'a', [0]), { themeCount: 2 });
  assert.equal(one.test, null);
  assert.deepEqual(one.groupPeople, [12]);
  assert.deepEqual(one.cells, [[{ count: null, lift: null, suppressed: true }], [{ count: null, lift: null, suppressed: true }]]);
});
