/**
 * The method's default (a term in at most 5 % of the sentences) leaves a corpus of a few dozen
 * sentences with no term at all: there a term may be in up to ten sentences (at most half).
 * From 200 sentences on the default holds. Stored with the run's parameters.
 */
export function maxDocumentShareFor(sentences: number): number {
  return Math.max(0.05, Math.min(0.5, 10 / Math.max(sentences, 1)));
}
