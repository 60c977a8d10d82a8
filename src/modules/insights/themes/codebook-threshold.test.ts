import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyseText } from '../text/analyse.ts';
import { CODEBOOK_MINIMUM_SIMILARITY, classifyWithCodebook } from './codebook.ts';
import { readEduskunta } from './test-support/evaluation-sets.ts';
import { themeDocumentOf } from './theme-sentences.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const THRESHOLDS = [0, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2];

type Labelled = { text: string; category: string };

function readSib(folder: string, split: string): Labelled[] {
  return fs
    .readFileSync(path.join(fixtures, 'sib200', folder, `${split}.tsv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, category, text] = line.split('\t');
      return { category: category ?? '', text: text ?? '' };
    });
}

/** Precision (right among assigned) and recall (right among all) of the classification at each threshold. */
function curve(codebookSource: readonly Labelled[], held: readonly Labelled[], language: 'fi' | 'sv' | 'en') {
  const categories = [...new Set(codebookSource.map((item) => item.category))].sort();
  const document = (id: string, text: string) => themeDocumentOf(id, analyseText(text, { language, voikko: false }));
  const codebook = categories.map((category) =>
    codebookSource.filter((item) => item.category === category).map((item, i) => document(`${category}${i}`, item.text)),
  );
  const sentences = held.map((item, i) => document(`held${i}`, item.text));
  const result = classifyWithCodebook(codebook, sentences, { minimumSimilarity: 0 });
  return THRESHOLDS.map((threshold) => {
    let assigned = 0;
    let right = 0;
    sentences.forEach((sentence, i) => {
      const theme = result.assignments.get(sentence.id);
      if (theme === undefined || (result.similarity.get(sentence.id) ?? 0) < threshold) return;
      assigned += 1;
      if (categories[theme] === held[i]!.category) right += 1;
    });
    const precision = assigned ? right / assigned : 0;
    const recall = right / sentences.length;
    return { threshold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
}

const show = (name: string, points: ReturnType<typeof curve>) =>
  console.log(
    `codebook threshold ${name}: ${points.map((p) => `${p.threshold}: P ${p.precision.toFixed(2)} R ${p.recall.toFixed(2)} F1 ${p.f1.toFixed(2)}`).join(' | ')}`,
  );

const at = (points: ReturnType<typeof curve>, threshold: number) => points.find((point) => point.threshold === threshold)!;

describe("the codebook's minimum similarity, measured (codebook from labelled sentences, other sentences classified)", () => {
  const languages = [
    ['fin_Latn', 'fi'],
    ['swe_Latn', 'sv'],
    ['eng_Latn', 'en'],
  ] as const;

  it('chooses the default by the best mean F1 on SIB-200 dev (codebook from train)', () => {
    const curves = languages.map(([folder, language]) => curve(readSib(folder, 'train'), readSib(folder, 'dev'), language));
    curves.forEach((points, i) => {
      show(`SIB-200 ${languages[i]![1]} train→dev (choosing)`, points);
    });
    const meanF1 = THRESHOLDS.map((threshold) => curves.reduce((sum, points) => sum + at(points, threshold).f1, 0) / curves.length);
    const best = Math.max(...meanF1);
    assert.ok(
      meanF1[THRESHOLDS.indexOf(CODEBOOK_MINIMUM_SIMILARITY)]! >= best - 0.01,
      `default ${CODEBOOK_MINIMUM_SIMILARITY}: mean F1 ${meanF1.map((f) => f.toFixed(3)).join(', ')}`,
    );
  });

  it('holds on held-out sets (SIB-200 test, eduskunta-vkk second half): the default beats the old 0.1 in F1, precision kept', () => {
    const held = languages.map(([folder, language]) => curve(readSib(folder, 'train'), readSib(folder, 'test'), language));
    held.forEach((points, i) => {
      show(`SIB-200 ${languages[i]![1]} train→test (held out)`, points);
    });
    const eduskunta = readEduskunta();
    const ministries = curve(eduskunta.slice(0, 1500), eduskunta.slice(1500), 'fi');
    show('eduskunta-vkk first half→second half (held out)', ministries);
    for (const points of [...held, ministries]) {
      assert.ok(at(points, CODEBOOK_MINIMUM_SIMILARITY).f1 > at(points, 0.1).f1);
      assert.ok(at(points, CODEBOOK_MINIMUM_SIMILARITY).precision >= 0.35);
    }
  });
});
