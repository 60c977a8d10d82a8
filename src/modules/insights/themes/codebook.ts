/**
 * The codebook carried to the next phase (issue 15, item 4): the themes an analyst published for
 * one phase, each known by its sentences, classify the sentences of new material into the same
 * themes, so that the next phase's run keeps the names and descriptions people already know. A
 * sentence goes to the theme whose centroid (the mean of its sentences' TF-IDF vectors over base
 * forms and compound parts) it is most similar to by cosine, when that similarity reaches
 * `minimumSimilarity`; otherwise it stays unassigned, and the unassigned are kept to be read (they
 * may be the next phase's new themes). Deterministic: no seed, ties go to the earlier theme.
 */

import type { ThemeSentence } from './discover-themes.ts';

/** How new sentences fell into the codebook's themes. */
export interface CodebookClassification {
  /** Sentence id → theme index (into the codebook). */
  assignments: Map<string, number>;
  /** Sentences like no theme enough, in input order. */
  unassigned: string[];
  /** Sentence id → its best cosine similarity (0 for a sentence with no term the codebook knows). */
  similarity: Map<string, number>;
  /** Sentences per theme. */
  sizes: number[];
}

/** Options of the classification. */
export interface CodebookOptions {
  /** Below this cosine similarity to every theme a sentence stays unassigned (default CODEBOOK_MINIMUM_SIMILARITY). */
  minimumSimilarity?: number;
}

/**
 * The default threshold: the best F1 of assignment on SIB-200 (codebook from train, sentences of dev,
 * fi/sv/en); held out on SIB-200 test and eduskunta-vkk. The curve is in the module's CONTEXT.md.
 */
export const CODEBOOK_MINIMUM_SIMILARITY = 0.02;

const termsOf = (sentence: ThemeSentence) => [...sentence.words.map((word) => word.base), ...(sentence.features ?? [])];

type Vector = Map<string, number>;

function normalised(vector: Vector): Vector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector;
  for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

/** A sentence's TF-IDF vector (unit length) over the terms with a known IDF. */
function vectorOf(sentence: ThemeSentence, idf: ReadonlyMap<string, number>): Vector {
  const vector: Vector = new Map();
  for (const term of termsOf(sentence)) {
    const weight = idf.get(term);
    if (weight !== undefined) vector.set(term, (vector.get(term) ?? 0) + weight);
  }
  return normalised(vector);
}

/** Classifies new sentences into the codebook's themes (each theme given by the sentences that make it up). */
export function classifyWithCodebook(
  codebook: readonly (readonly ThemeSentence[])[],
  sentences: readonly ThemeSentence[],
  options: CodebookOptions = {},
): CodebookClassification {
  const minimum = options.minimumSimilarity ?? CODEBOOK_MINIMUM_SIMILARITY;
  // IDF over the codebook's sentences: the terms that tell its themes apart weigh most.
  const known = codebook.flat();
  const documents = new Map<string, number>();
  for (const sentence of known) for (const term of new Set(termsOf(sentence))) documents.set(term, (documents.get(term) ?? 0) + 1);
  const idf = new Map([...documents].map(([term, count]) => [term, Math.log((1 + known.length) / (1 + count)) + 1]));
  const centroids = codebook.map((theme) => {
    const sum: Vector = new Map();
    for (const sentence of theme) for (const [term, value] of vectorOf(sentence, idf)) sum.set(term, (sum.get(term) ?? 0) + value);
    return normalised(sum);
  });
  const assignments = new Map<string, number>();
  const similarity = new Map<string, number>();
  const unassigned: string[] = [];
  const sizes = new Array<number>(codebook.length).fill(0);
  for (const sentence of sentences) {
    const vector = vectorOf(sentence, idf);
    let best = -1;
    let bestSimilarity = 0;
    centroids.forEach((centroid, theme) => {
      let dot = 0;
      for (const [term, value] of vector) dot += value * (centroid.get(term) ?? 0);
      if (dot > bestSimilarity + 1e-12) {
        best = theme;
        bestSimilarity = dot;
      }
    });
    similarity.set(sentence.id, bestSimilarity);
    if (best >= 0 && bestSimilarity >= minimum) {
      assignments.set(sentence.id, best);
      sizes[best]! += 1;
    } else unassigned.push(sentence.id);
  }
  return { assignments, unassigned, similarity, sizes };
}
