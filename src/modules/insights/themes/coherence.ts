/**
 * How readable a theme set is: each theme's NPMI coherence (Bouma 2009;
 * Lau, Newman and Baldwin 2014) over its label words, with co-occurrence
 * counted within contributions of the same corpus, and the set's diversity
 * (Dieng, Ruiz and Blei 2020): the share of distinct words among all
 * themes' top words. NPMI runs from −1 (never together) through 0
 * (independent) to 1 (always together).
 */

/** Which contributions (windows) each base form occurs in, as sorted window numbers. */
export function wordWindows(windows: readonly (readonly string[])[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  windows.forEach((words, w) => {
    for (const word of new Set(words)) {
      const list = lists.get(word) ?? [];
      list.push(w);
      lists.set(word, list);
    }
  });
  return new Map([...lists].map(([word, list]) => [word, Int32Array.from(list)]));
}

function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

/** Mean NPMI over all pairs of the words; a pair never seen together counts −1. */
export function npmiCoherence(words: readonly string[], windows: Map<string, Int32Array>, windowCount: number): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = windows.get(words[i]!) ?? new Int32Array();
      const b = windows.get(words[j]!) ?? new Int32Array();
      const together = intersectionSize(a, b);
      pairs++;
      if (together === 0) {
        total -= 1;
        continue;
      }
      const pJoint = together / windowCount;
      total += together === windowCount ? 1 : Math.log(pJoint / ((a.length / windowCount) * (b.length / windowCount))) / -Math.log(pJoint);
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}

/** Share of distinct words among the themes' top words (1 = no word in two themes). */
export function themeDiversity(topWords: readonly (readonly string[])[]): number {
  const all = topWords.flat();
  return all.length === 0 ? 0 : new Set(all).size / all.length;
}
