import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTfidfOfLists as buildTfidf } from './tfidf.ts';

const row = (tfidf: ReturnType<typeof buildTfidf>, i: number) => {
  const { rowStarts, columnIndices, values } = tfidf.matrix;
  const out: Record<string, number> = {};
  for (let p = rowStarts[i]!; p < rowStarts[i + 1]!; p++) out[tfidf.terms[columnIndices[p]!]!] = values[p]!;
  return out;
};

test('weights as scikit-learn: sublinear tf, smooth idf, unit rows', () => {
  const documents = [['park', 'park', 'bus'], ['bus', 'school'], ['park', 'school'], ['bus']];
  const tfidf = buildTfidf(documents, { minDocumentFrequency: 1, maxDocumentShare: 1 });
  assert.deepEqual(tfidf.terms, ['bus', 'park', 'school']);
  const idf = (df: number) => Math.log(5 / (1 + df)) + 1;
  const park = (1 + Math.log(2)) * idf(2);
  const bus = idf(3);
  const length = Math.hypot(park, bus);
  const first = row(tfidf, 0);
  assert.ok(Math.abs(first['park']! - park / length) < 1e-6);
  assert.ok(Math.abs(first['bus']! - bus / length) < 1e-6);
  for (let i = 0; i < documents.length; i++) {
    const norm = Math.hypot(...Object.values(row(tfidf, i)));
    assert.ok(Math.abs(norm - 1) < 1e-6, `row ${i} has length ${norm}`);
  }
});

test('drops terms below the minimum document frequency and above the maximum share', () => {
  const documents = [
    ['the', 'park'],
    ['the', 'park'],
    ['the', 'bus'],
    ['the', 'rare'],
  ];
  const tfidf = buildTfidf(documents, { minDocumentFrequency: 2, maxDocumentShare: 0.9 });
  assert.deepEqual(tfidf.terms, ['park']);
  assert.deepEqual(row(tfidf, 2), {});
});

test('the columns do not depend on the order of the documents', () => {
  const documents = [
    ['b', 'a'],
    ['c', 'a'],
    ['b', 'c'],
  ];
  const forward = buildTfidf(documents, { minDocumentFrequency: 1, maxDocumentShare: 1 });
  const backward = buildTfidf([...documents].reverse(), { minDocumentFrequency: 1, maxDocumentShare: 1 });
  assert.deepEqual(forward.terms, backward.terms);
  assert.deepEqual(row(forward, 0), row(backward, 2));
});

test('keeps only the most widespread terms beyond the limit', () => {
  const documents = [['a', 'b', 'c'], ['a', 'b'], ['a', 'c'], ['a'], ['b', 'd'], ['d']];
  const tfidf = buildTfidf(documents, { minDocumentFrequency: 1, maxDocumentShare: 1, maxTerms: 2 });
  assert.deepEqual(tfidf.terms, ['a', 'b']);
});
