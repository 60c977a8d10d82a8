/**
 * TF-IDF over the terms of each document (base forms, their word pairs and
 * whatever extra features the text processing gives, e.g. character
 * n-grams), as a sparse matrix with unit-length rows.
 *
 * As scikit-learn's TfidfVectorizer(sublinear_tf=True, min_df, max_df):
 * tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, then each row scaled
 * to length 1. Terms in fewer than minDocumentFrequency documents say
 * nothing about groups; terms in more than maxDocumentShare of them are
 * the corpus's own words (stopwords the lists missed).
 */

import type { SparseMatrix } from './sparse-matrix.ts';

/** Options for buildTfidf. */
export interface TfidfOptions {
  /** A term must occur in at least this many documents (default 2). */
  minDocumentFrequency?: number;
  /** A term in more than this share of the documents is dropped (default 0.5). */
  maxDocumentShare?: number;
}

/** The matrix and its vocabulary (column j is terms[j]). */
export interface Tfidf {
  matrix: SparseMatrix;
  terms: string[];
  idf: Float64Array;
}

function documentFrequencies(documents: readonly (readonly string[])[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  const seen = new Set<string>();
  for (const terms of documents) {
    seen.clear();
    for (const term of terms) {
      if (seen.has(term)) continue;
      seen.add(term);
      frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
  }
  return frequencies;
}

function vocabulary(frequencies: Map<string, number>, n: number, options: TfidfOptions): { index: Map<string, number>; terms: string[] } {
  const minimum = options.minDocumentFrequency ?? 2;
  const maximum = (options.maxDocumentShare ?? 0.5) * n;
  // Sorted, so the columns (and with them the SVD's random start) do not depend on document order.
  const terms = [...frequencies.entries()]
    .filter(([, df]) => df >= minimum && df <= maximum)
    .map(([term]) => term)
    .sort();
  return { index: new Map(terms.map((term, j) => [term, j])), terms };
}

/** Builds the TF-IDF matrix of the documents, each given as its list of terms. */
export function buildTfidf(documents: readonly (readonly string[])[], options: TfidfOptions = {}): Tfidf {
  const n = documents.length;
  const frequencies = documentFrequencies(documents);
  const { index, terms } = vocabulary(frequencies, n, options);
  const idf = Float64Array.from(terms, (term) => Math.log((1 + n) / (1 + frequencies.get(term)!)) + 1);
  const rowStarts = new Int32Array(n + 1);
  const columns: number[] = [];
  const values: number[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    counts.clear();
    for (const term of documents[i]!) {
      const j = index.get(term);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const row = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    let sum = 0;
    for (const [j, count] of row) sum += ((1 + Math.log(count)) * idf[j]!) ** 2;
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (const [j, count] of row) {
      columns.push(j);
      values.push((1 + Math.log(count)) * idf[j]! * scale);
    }
    rowStarts[i + 1] = columns.length;
  }
  return {
    matrix: { rows: n, columns: terms.length, rowStarts, columnIndices: Int32Array.from(columns), values: Float32Array.from(values) },
    terms,
    idf,
  };
}
