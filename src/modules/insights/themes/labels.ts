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

/** Each kept base form's count per theme and overall, over integer ids (one map lookup per word occurrence). */
function countWords(sentences: readonly (readonly ThemeWord[])[], labels: Int32Array, k: number, vocabulary?: ReadonlySet<string>) {
  const ids = new Map<string, number>();
  const bases: string[] = [];
  let perTheme = new Float64Array(k * 1024);
  const totals = new Float64Array(k);
  for (let i = 0; i < sentences.length; i++) {
    const theme = labels[i]!;
    for (const { base } of sentences[i]!) {
      let id = ids.get(base);
      if (id === undefined) {
        if (vocabulary && !vocabulary.has(base)) continue;
        id = bases.length;
        ids.set(base, id);
        bases.push(base);
        if (id * k >= perTheme.length) {
          const bigger = new Float64Array(perTheme.length * 2);
          bigger.set(perTheme);
          perTheme = bigger;
        }
      }
      perTheme[id * k + theme]! += 1;
      totals[theme]! += 1;
    }
  }
  const overall = new Float64Array(bases.length);
  for (let id = 0; id < bases.length; id++) for (let theme = 0; theme < k; theme++) overall[id]! += perTheme[id * k + theme]!;
  return { bases, perTheme, overall, totals };
}

/** The most frequent written form of each chosen (theme, base form), counted in one pass over the sentences. */
function surfacesOf(sentences: readonly (readonly ThemeWord[])[], labels: Int32Array, chosen: readonly (readonly string[])[]) {
  const wanted = chosen.map((bases) => new Map(bases.map((base) => [base, new Map<string, number>()])));
  for (let i = 0; i < sentences.length; i++) {
    const forms = wanted[labels[i]!]!;
    for (const { base, surface } of sentences[i]!) {
      const counts = forms.get(base);
      if (counts) counts.set(surface, (counts.get(surface) ?? 0) + 1);
    }
  }
  return wanted;
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
  const { bases, perTheme, overall, totals } = countWords(sentences, labels, k, vocabulary);
  const nonEmpty = totals.filter((total) => total > 0).length || 1;
  const average = totals.reduce((sum, total) => sum + total, 0) / nonEmpty;
  const chosen = Array.from({ length: k }, (_, theme) => {
    const scored: { base: string; tf: number; weight: number }[] = [];
    for (let id = 0; id < bases.length; id++) {
      const tf = perTheme[id * k + theme]!;
      if (tf > 0) scored.push({ base: bases[id]!, tf, weight: (tf / totals[theme]!) * Math.log(1 + average / overall[id]!) });
    }
    const repeated = scored.filter((word) => word.tf > 1);
    return (repeated.length >= count ? repeated : scored).sort((a, b) => b.weight - a.weight || (a.base < b.base ? -1 : 1)).slice(0, count);
  });
  const surfaces = surfacesOf(
    sentences,
    labels,
    chosen.map((words) => words.map((word) => word.base)),
  );
  return chosen.map((words, theme) =>
    words.map(({ base, weight }) => ({ base, surface: mostFrequent(surfaces[theme]!.get(base)!), weight })),
  );
}
