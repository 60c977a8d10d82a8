/**
 * TF-IDF over the terms of each document (base forms, their word pairs and
 * character n-grams), as a sparse matrix with unit-length rows.
 *
 * As scikit-learn's TfidfVectorizer(sublinear_tf=True, min_df, max_df,
 * max_features): tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, then
 * each row scaled to length 1. Terms in fewer than minDocumentFrequency
 * documents say nothing about groups; terms in more than maxDocumentShare of
 * them are the corpus's own words (stopwords the lists missed); beyond
 * maxTerms only the most widespread are kept, which bounds the SVD's memory.
 * The terms are streamed once from a callback rather than held as lists,
 * each occurrence kept as a 32-bit term id for the second pass (200,000
 * sentences have some 16 million occurrences: 64 MB, where strings would
 * take gigabytes).
 */

import type { SparseMatrix } from './sparse-matrix.ts';

/** Options for buildTfidf. */
export interface TfidfOptions {
  /** A term must occur in at least this many documents (default 2). */
  minDocumentFrequency?: number;
  /** A term in more than this share of the documents is dropped (default 0.5). */
  maxDocumentShare?: number;
  /** At most this many terms, the most widespread (default 50,000). */
  maxTerms?: number;
  /** Checked every few thousand documents. */
  signal?: AbortSignal;
}

/** The matrix and its vocabulary (column j is terms[j]). */
export interface Tfidf {
  matrix: SparseMatrix;
  terms: string[];
  idf: Float64Array;
}

/** Calls emit for each term occurrence of document i (the same terms each time it is called). */
export type TermSource = (i: number, emit: (term: string) => void) => void;

function grow<T extends Int32Array | Float32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

/**
 * Every distinct term with its document frequency, and each document's term ids in order (one pass over the terms:
 * the second pass reads the ids, never the strings again).
 */
function countDocuments(n: number, termsOf: TermSource, signal?: AbortSignal) {
  const ids = new Map<string, number>();
  let frequencies = new Int32Array(1024);
  let lastDocument = new Int32Array(1024);
  let occurrences = new Int32Array(Math.max(1024, n * 16));
  let used = 0;
  const documentStarts = new Int32Array(n + 1);
  let document = 0;
  const record = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
      if (id >= frequencies.length) {
        frequencies = grow(frequencies, id + 1);
        lastDocument = grow(lastDocument, id + 1);
      }
      lastDocument[id] = -1;
    }
    if (lastDocument[id] !== document) {
      lastDocument[id] = document;
      frequencies[id]! += 1;
    }
    if (used === occurrences.length) occurrences = grow(occurrences, used + 1);
    occurrences[used++] = id;
  };
  for (; document < n; document++) {
    if ((document & 4095) === 0) signal?.throwIfAborted();
    termsOf(document, record);
    documentStarts[document + 1] = used;
  }
  return { ids, frequencies, occurrences, documentStarts };
}

/** Column of each term id (−1 when dropped) and the kept terms in column order (sorted, so document order does not matter). */
function chooseColumns(ids: Map<string, number>, frequencies: Int32Array, n: number, options: TfidfOptions) {
  const minimum = options.minDocumentFrequency ?? 2;
  const maximum = (options.maxDocumentShare ?? 0.5) * n;
  let kept = [...ids.entries()].filter(([, id]) => frequencies[id]! >= minimum && frequencies[id]! <= maximum);
  const limit = options.maxTerms ?? 50_000;
  if (kept.length > limit) {
    kept = kept.sort((a, b) => frequencies[b[1]]! - frequencies[a[1]]! || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const columnOf = new Int32Array(ids.size).fill(-1);
  kept.forEach(([, id], column) => {
    columnOf[id] = column;
  });
  return { columnOf, terms: kept.map(([term]) => term), documentFrequency: Int32Array.from(kept, ([, id]) => frequencies[id]!) };
}

/** Builds the TF-IDF matrix of n documents whose terms termsOf gives. */
export function buildTfidf(n: number, termsOf: TermSource, options: TfidfOptions = {}): Tfidf {
  const { ids, frequencies, occurrences, documentStarts } = countDocuments(n, termsOf, options.signal);
  const { columnOf, terms, documentFrequency } = chooseColumns(ids, frequencies, n, options);
  ids.clear();
  const idf = Float64Array.from(documentFrequency, (df) => Math.log((1 + n) / (1 + df)) + 1);
  const rowStarts = new Int32Array(n + 1);
  let nonzeros = 0;
  for (let p = 0; p < documentStarts[n]!; p++) if (columnOf[occurrences[p]!]! >= 0) nonzeros++;
  // At most one entry per kept occurrence; repeated terms within a row make it a little less.
  const columnIndices = new Int32Array(nonzeros);
  const values = new Float32Array(nonzeros);
  let scratch = new Int32Array(256);
  nonzeros = 0;
  for (let i = 0; i < n; i++) {
    if ((i & 4095) === 0) options.signal?.throwIfAborted();
    let length = 0;
    for (let p = documentStarts[i]!; p < documentStarts[i + 1]!; p++) {
      const column = columnOf[occurrences[p]!]!;
      if (column < 0) continue;
      if (length === scratch.length) scratch = grow(scratch, length + 1);
      scratch[length++] = column;
    }
    const row = scratch.subarray(0, length).sort();
    const start = nonzeros;
    let sum = 0;
    for (let p = 0; p < length; ) {
      let q = p;
      while (q < length && row[q] === row[p]) q++;
      const weight = (1 + Math.log(q - p)) * idf[row[p]!]!;
      columnIndices[nonzeros] = row[p]!;
      values[nonzeros++] = weight;
      sum += weight * weight;
      p = q;
    }
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let p = start; p < nonzeros; p++) values[p]! *= scale;
    rowStarts[i + 1] = nonzeros;
  }
  const exact = nonzeros === columnIndices.length;
  return {
    matrix: {
      rows: n,
      columns: terms.length,
      rowStarts,
      columnIndices: exact ? columnIndices : columnIndices.slice(0, nonzeros),
      values: exact ? values : values.slice(0, nonzeros),
    },
    terms,
    idf,
  };
}

/** buildTfidf over documents given as lists of terms. */
export function buildTfidfOfLists(documents: readonly (readonly string[])[], options: TfidfOptions = {}): Tfidf {
  return buildTfidf(
    documents.length,
    (i, emit) => {
      for (const term of documents[i]!) emit(term);
    },
    options,
  );
}
