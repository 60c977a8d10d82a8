/**
 * The heat map of themes × background groups (issue 15, item 4): how many
 * people of each group spoke of each theme, the lift (how much more often
 * than people overall), and a chi-square test of whether the themes spoken
 * of depend on the group at all. A pure function over people, so the page,
 * the export and the tests read the same figures.
 *
 * People, not sentences: a person counts once in a cell however many of
 * their sentences are in the theme, and once in each theme they spoke of.
 * A cell (and a group's total) of fewer than `minimumPeople` (5) is
 * suppressed: its count and lift are null. When a row or a column would have
 * exactly one suppressed cell, its next smallest cell is suppressed too, so
 * that no suppressed count can be worked out from the totals shown.
 *
 * The tests run on the full counts (suppression hides figures, it does not
 * change the data): for the table, Pearson's chi-square on themes × groups
 * with each mention of a theme by a person as one observation (a person may
 * mention several themes, so read it as a guide, not an exact test); for
 * each theme, a chi-square on spoke of it / did not × groups, where each
 * person is counted exactly once. Cochran's rule is reported: the share of
 * cells whose expected count is under 5, where the p-value is unreliable.
 */

/** One person: their group on the chosen background question (null: not answered) and the themes they spoke of. */
export interface HeatMapPerson {
  group: string | null;
  themes: Iterable<number>;
}

/** Options for themeGroupHeatMap. */
export interface HeatMapOptions {
  /** Number of themes (indices 0 … themeCount − 1). */
  themeCount: number;
  /** The groups in display order (e.g. age bands youngest first); default: the groups seen, sorted. */
  groups?: readonly string[];
  /** Cells of fewer people are suppressed (default 5). */
  minimumPeople?: number;
}

/** A chi-square test of independence. */
export interface ChiSquareTest {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  /** Share of cells whose expected count is under 5 (Cochran: over 0.2 makes the p-value unreliable). */
  lowExpectedShare: number;
}

/** One cell: null count and lift when suppressed. */
export interface HeatMapCell {
  count: number | null;
  /** Share of the group who spoke of the theme over the share of everyone who did (1 = as often as everyone). */
  lift: number | null;
  suppressed: boolean;
}

/** The table, theme by theme (rows) and group by group (columns). */
export interface ThemeGroupHeatMap {
  groups: string[];
  /** People per group (null when suppressed). */
  groupPeople: (number | null)[];
  /** People per theme over all groups. */
  themePeople: number[];
  /** People with a group. */
  people: number;
  /** People left out because they gave no group. */
  ungrouped: number;
  cells: HeatMapCell[][];
  /** Themes × groups, each mention an observation; null when the table has under two rows or columns with people. */
  test: ChiSquareTest | null;
  /** Per theme: spoke of it or not × groups. */
  themeTests: (ChiSquareTest | null)[];
}

/** ln Γ(s) for s a positive multiple of ½ (all a chi-square needs), exactly by Γ(s) = (s − 1)·Γ(s − 1) from Γ(1) = 1, Γ(½) = √π. */
function logGammaOfHalves(s: number): number {
  let value = Number.isInteger(s) ? 0 : 0.5 * Math.log(Math.PI);
  for (let x = Number.isInteger(s) ? 1 : 0.5; x < s; x++) value += Math.log(x);
  return value;
}

/**
 * The regularised upper incomplete gamma function Q(s, x) for s a positive multiple of ½: a series below s + 1, a
 * continued fraction above. The chi-square p-value of statistic χ² on d degrees of freedom is Q(d/2, χ²/2).
 */
export function upperGammaRegularised(s: number, x: number): number {
  if (!(s > 0) || !Number.isInteger(2 * s)) throw new RangeError(`s must be a positive multiple of 1/2, not ${s}`);
  if (x <= 0) return 1;
  const logPrefix = s * Math.log(x) - x - logGammaOfHalves(s);
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  // Lentz's method for the continued fraction of Γ(s, x).
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** Pearson's chi-square test of independence on a table of counts (rows and columns with no count are left out). */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest | null {
  const rowTotals = table.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columns = table[0]?.length ?? 0;
  const columnTotals = Array.from({ length: columns }, (_, c) => table.reduce((sum, row) => sum + row[c]!, 0));
  const rows = rowTotals.flatMap((total, r) => (total > 0 ? [r] : []));
  const kept = columnTotals.flatMap((total, c) => (total > 0 ? [c] : []));
  if (rows.length < 2 || kept.length < 2) return null;
  const total = rowTotals.reduce((sum, value) => sum + value, 0);
  let statistic = 0;
  let low = 0;
  for (const r of rows) {
    for (const c of kept) {
      const expected = (rowTotals[r]! * columnTotals[c]!) / total;
      statistic += (table[r]![c]! - expected) ** 2 / expected;
      if (expected < 5) low++;
    }
  }
  const degreesOfFreedom = (rows.length - 1) * (kept.length - 1);
  return {
    statistic,
    degreesOfFreedom,
    pValue: upperGammaRegularised(degreesOfFreedom / 2, statistic / 2),
    lowExpectedShare: low / (rows.length * kept.length),
  };
}

/** Suppresses small cells, then a second cell in any row or column left with exactly one (its smallest other cell). */
function suppress(counts: number[][], minimum: number): boolean[][] {
  const hidden = counts.map((row) => row.map((count) => count < minimum));
  const lines = [
    ...counts.map((row, r) => row.map((_, c) => [r, c] as const)),
    ...(counts[0] ?? []).map((_, c) => counts.map((_, r) => [r, c] as const)),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      const open = line.filter(([r, c]) => !hidden[r]![c]);
      if (open.length === 0) continue;
      const [r, c] = open.reduce((smallest, cell) => (counts[cell[0]]![cell[1]]! < counts[smallest[0]]![smallest[1]]! ? cell : smallest));
      hidden[r]![c] = true;
      changed = true;
    }
  }
  return hidden;
}

/** The heat map of the themes people spoke of by their group. */
export function themeGroupHeatMap(people: readonly HeatMapPerson[], options: HeatMapOptions): ThemeGroupHeatMap {
  const minimum = options.minimumPeople ?? 5;
  const k = options.themeCount;
  const seen = new Set<string>();
  for (const person of people) if (person.group !== null) seen.add(person.group);
  const groups = options.groups ? [...options.groups] : [...seen].sort();
  const column = new Map(groups.map((group, c) => [group, c]));
  const counts = Array.from({ length: k }, () => new Array<number>(groups.length).fill(0));
  const groupPeople = new Array<number>(groups.length).fill(0);
  let ungrouped = 0;
  for (const person of people) {
    const c = person.group === null ? undefined : column.get(person.group);
    if (c === undefined) {
      ungrouped++;
      continue;
    }
    groupPeople[c]! += 1;
    for (const theme of new Set(person.themes)) if (theme >= 0 && theme < k) counts[theme]![c]! += 1;
  }
  const total = groupPeople.reduce((sum, value) => sum + value, 0);
  const themePeople = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const hidden = suppress(counts, minimum);
  const cells = counts.map((row, t) =>
    row.map((count, c): HeatMapCell => {
      if (hidden[t]![c]) return { count: null, lift: null, suppressed: true };
      const overall = themePeople[t]! / total;
      return { count, lift: overall > 0 ? count / groupPeople[c]! / overall : null, suppressed: false };
    }),
  );
  return {
    groups,
    groupPeople: groupPeople.map((count) => (count < minimum ? null : count)),
    themePeople,
    people: total,
    ungrouped,
    cells,
    test: chiSquareTest(counts),
    themeTests: counts.map((row) => chiSquareTest([row, row.map((count, c) => groupPeople[c]! - count)])),
  };
}
