/**
 * Theme labels by class-based TF-IDF (Grootendorst 2022): a theme's words
 * weighted by their share of the theme's words times log(1 + A / f), where A
 * is the mean number of words per theme and f the word's count over all
 * themes. A word common everywhere ranks low; a word mostly in one theme
 * ranks high. Each base form is shown in its most frequent surface form
 * within the theme (kaupunki, not kaupung).
 */

/** One content word of a sentence: its base form (or stem) and the form written. */
export interface ThemeWord {
  base: string;
  surface: string;
}

/** A theme's most distinctive words, best first. */
export interface ThemeLabelWord {
  base: string;
  surface: string;
  weight: number;
}

function countWords(sentences: readonly (readonly ThemeWord[])[], labels: Int32Array, k: number, vocabulary?: ReadonlySet<string>) {
  const perTheme = Array.from({ length: k }, () => new Map<string, number>());
  const surfaces = Array.from({ length: k }, () => new Map<string, Map<string, number>>());
  const overall = new Map<string, number>();
  const totals = new Float64Array(k);
  sentences.forEach((words, i) => {
    const theme = labels[i]!;
    for (const { base, surface } of words) {
      if (vocabulary && !vocabulary.has(base)) continue;
      perTheme[theme]!.set(base, (perTheme[theme]!.get(base) ?? 0) + 1);
      overall.set(base, (overall.get(base) ?? 0) + 1);
      totals[theme]! += 1;
      const forms = surfaces[theme]!.get(base) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaces[theme]!.set(base, forms);
    }
  });
  return { perTheme, surfaces, overall, totals };
}

function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The `count` most distinctive words of each theme (words seen once in a theme are left out when the theme has others).
 * With a vocabulary, only its words count: the words TF-IDF kept, so that the corpus's own common words never label a theme.
 */
export function labelThemes(
  sentences: readonly (readonly ThemeWord[])[],
  labels: Int32Array,
  k: number,
  count = 10,
  vocabulary?: ReadonlySet<string>,
): ThemeLabelWord[][] {
  const { perTheme, surfaces, overall, totals } = countWords(sentences, labels, k, vocabulary);
  const nonEmpty = totals.filter((total) => total > 0).length || 1;
  const average = totals.reduce((sum, total) => sum + total, 0) / nonEmpty;
  return perTheme.map((words, theme) => {
    const scored = [...words.entries()].map(([base, tf]) => ({
      base,
      tf,
      weight: (tf / totals[theme]!) * Math.log(1 + average / overall.get(base)!),
    }));
    const repeated = scored.filter((word) => word.tf > 1);
    return (repeated.length >= count ? repeated : scored)
      .sort((a, b) => b.weight - a.weight || (a.base < b.base ? -1 : 1))
      .slice(0, count)
      .map(({ base, weight }) => ({ base, surface: mostFrequent(surfaces[theme]!.get(base)!), weight }));
  });
}
