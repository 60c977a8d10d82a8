import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../text/analyse.ts';
import { classifyWithCodebook } from './codebook.ts';
import type { ThemeSentence } from './discover-themes.ts';
import { themeSentencesOf } from './theme-sentences.ts';

/** Each text analysed (Snowball, so the test does not depend on Voikko) into its theme sentences. */
const sentencesOf = (prefix: string, texts: string[]): ThemeSentence[] =>
  texts.flatMap((text, index) => themeSentencesOf(`${prefix}${index}`, analyseText(text, { language: 'en', voikko: false })));

const CODEBOOK = [
  sentencesOf('bike', ['The cycle paths are icy in winter.', 'Cycle paths need better winter maintenance.', 'More cycle paths downtown.']),
  sentencesOf('library', [
    'The library should open on Sundays.',
    'Library opening hours are too short.',
    'Young people need the library in the evening.',
  ]),
  sentencesOf('harbour', ['A park by the harbour with benches.', 'The harbour shore needs a walking path and a park.']),
];

describe('the codebook carried to the next phase', () => {
  it("puts the next phase's sentences into the codebook's themes, and keeps the unlike ones unassigned", () => {
    const next = sentencesOf('next', [
      'Please plough the cycle paths in winter.',
      'Open the library longer for young people.',
      'Benches and a park at the harbour would be lovely.',
      'Taxes should be lower for families.',
    ]);
    const result = classifyWithCodebook(CODEBOOK, next);
    assert.deepEqual(
      next.map((sentence) => result.assignments.get(sentence.id) ?? null),
      [0, 1, 2, null],
    );
    assert.deepEqual(result.unassigned, ['next3:0']);
    assert.deepEqual(result.sizes, [1, 1, 1]);
    assert.equal(result.similarity.get('next3:0'), 0, 'no term the codebook knows');
  });

  it('is deterministic and leaves a sentence unassigned when its best similarity is under the minimum', () => {
    const next = sentencesOf('next', ['The library is fine, but cycle paths, harbour, taxes, roads, schools, shops.']);
    const strict = classifyWithCodebook(CODEBOOK, next, { minimumSimilarity: 0.95 });
    assert.deepEqual(strict.unassigned, ['next0:0']);
    const loose = classifyWithCodebook(CODEBOOK, next, { minimumSimilarity: 0.01 });
    assert.equal(loose.assignments.size, 1);
    assert.deepEqual(classifyWithCodebook(CODEBOOK, next, { minimumSimilarity: 0.01 }).assignments, loose.assignments);
  });
});
