/**
 * How the themes of two runs correspond, theme by theme: which persist, split, merge, appear or
 * disappear. Read over the sentences (by id) each theme holds: a share of at least `threshold`
 * (20 %) of a theme's sentences going to, or coming from, a theme of the other run is a link. A
 * theme of the earlier run with one link persists (or merges, when its theme in the later run has
 * links from others too), with several it splits, with none it disappears; a theme of the later
 * run with no link appears (its sentences are new or were elsewhere). `compareRuns` says how far
 * the whole grouping moved; this says where each theme went.
 */

/** A link to a theme of the other run, with the share of this theme's sentences in it. */
export interface ThemeLink {
  theme: number;
  share: number;
}

/** What became of a theme of the earlier run. */
export interface EarlierTheme {
  theme: number;
  size: number;
  fate: 'persists' | 'splits' | 'merges' | 'disappears';
  to: ThemeLink[];
}

/** Where a theme of the later run came from. */
export interface LaterTheme {
  theme: number;
  size: number;
  fate: 'persists' | 'splits' | 'merges' | 'appears';
  from: ThemeLink[];
}

/** Both runs' themes, each with its fate and links. */
export interface ThemeCorrespondence {
  earlier: EarlierTheme[];
  later: LaterTheme[];
}

/** Sentence id → theme index, for each run (sentences in no theme left out). */
export function correspondThemes(
  earlier: { themeCount: number; assignments: Readonly<Record<string, number>> },
  later: { themeCount: number; assignments: Readonly<Record<string, number>> },
  threshold = 0.2,
): ThemeCorrespondence {
  const flow = Array.from({ length: earlier.themeCount }, () => new Array<number>(later.themeCount).fill(0));
  const earlierSize = new Array<number>(earlier.themeCount).fill(0);
  const laterSize = new Array<number>(later.themeCount).fill(0);
  for (const theme of Object.values(earlier.assignments)) earlierSize[theme]! += 1;
  for (const [id, theme] of Object.entries(later.assignments)) {
    laterSize[theme]! += 1;
    const before = earlier.assignments[id];
    if (before !== undefined) flow[before]![theme]! += 1;
  }
  const byShare = (a: ThemeLink, b: ThemeLink) => b.share - a.share || a.theme - b.theme;
  const to = flow.map((row, i) =>
    row
      .flatMap((count, j) =>
        earlierSize[i]! > 0 && count / earlierSize[i]! >= threshold ? [{ theme: j, share: count / earlierSize[i]! }] : [],
      )
      .sort(byShare),
  );
  const from = laterSize.map((size, j) =>
    flow.flatMap((row, i) => (size > 0 && row[j]! / size >= threshold ? [{ theme: i, share: row[j]! / size }] : [])).sort(byShare),
  );
  return {
    earlier: to.map((links, theme) => ({
      theme,
      size: earlierSize[theme]!,
      fate: links.length === 0 ? 'disappears' : links.length > 1 ? 'splits' : from[links[0]!.theme]!.length > 1 ? 'merges' : 'persists',
      to: links,
    })),
    later: from.map((links, theme) => ({
      theme,
      size: laterSize[theme]!,
      fate: links.length === 0 ? 'appears' : links.length > 1 ? 'merges' : to[links[0]!.theme]!.length > 1 ? 'splits' : 'persists',
      from: links,
    })),
  };
}
