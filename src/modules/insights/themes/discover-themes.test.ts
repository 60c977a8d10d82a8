import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalisedMutualInformation } from './clustering-agreement.ts';
import { discoverThemes, ThemeDiscoveryError } from './discover-themes.ts';
import { compareRuns } from './run-description.ts';
import { syntheticSentences } from './test-support/synthetic-answers.ts';

const corpus = syntheticSentences({ answers: 150, sentencesPerAnswer: 3, wordsPerSentence: 10, topics: 4, seed: 5 });

test('finds planted topics, choosing their number itself, with labels, quotes and coherence', () => {
  const found = discoverThemes(corpus.sentences, { seed: 3, minThemes: 2, maxThemes: 8 });
  assert.equal(found.themes.length, 4);
  const labels = corpus.sentences.map((sentence) => found.assignments.get(sentence.id)!);
  const nmi = normalisedMutualInformation(labels, corpus.topics);
  assert.ok(nmi > 0.9, `NMI ${nmi}`);
  for (const theme of found.themes) {
    assert.equal(theme.quoteIds.length, 5);
    assert.equal(new Set(theme.quoteIds).size, 5);
    assert.ok(theme.quoteIds.every((id) => theme.sentenceIds.includes(id)));
    assert.equal(theme.label.length, 10);
    assert.ok(theme.coherence > 0, `coherence ${theme.coherence}`);
  }
  assert.ok(found.diversity > 0.9, `diversity ${found.diversity}`);
  assert.equal(found.run.outputs.silhouettes.length, 7);
  const sizes = found.themes.map((theme) => theme.sentenceIds.length);
  assert.deepEqual(
    sizes,
    [...sizes].sort((a, b) => b - a),
  );
});

test('the same input in another order gives the same run; another seed or input is told apart', () => {
  const a = discoverThemes(corpus.sentences, { seed: 3, themes: 4 });
  const b = discoverThemes([...corpus.sentences].reverse(), { seed: 3, themes: 4 });
  assert.equal(JSON.stringify(a.run), JSON.stringify(b.run));
  const same = compareRuns(JSON.parse(JSON.stringify(a.run)), b.run);
  assert.deepEqual(same, {
    sameMethod: true,
    sameInputs: true,
    changedParameters: [],
    sharedSentences: corpus.sentences.length,
    agreement: 1,
    identicalOutputs: true,
  });
  const fewer = discoverThemes(corpus.sentences.slice(30), { seed: 4, themes: 4 });
  const moved = compareRuns(a.run, fewer.run);
  assert.equal(moved.sameInputs, false);
  assert.deepEqual(moved.changedParameters, ['seed']);
  assert.equal(moved.sharedSentences, corpus.sentences.length - 30);
  assert.ok(moved.agreement > 0.8 && !moved.identicalOutputs);
});

test('reports progress, and a cancelled signal stops the run', () => {
  const steps: string[] = [];
  const fractions: number[] = [];
  discoverThemes(corpus.sentences.slice(0, 60), {
    minThemes: 2,
    maxThemes: 4,
    onProgress: (fraction, step) => {
      if (steps.at(-1) !== step) steps.push(step);
      fractions.push(fraction);
    },
  });
  assert.deepEqual(steps, ['vectors', 'theme-count', 'clustering', 'labels', 'done']);
  assert.ok(fractions.length >= 10, `only ${fractions.length} reports`);
  assert.deepEqual(
    fractions,
    [...fractions].sort((a, b) => a - b),
  );
  assert.equal(fractions[0], 0);
  assert.equal(fractions.at(-1), 1);
  const controller = new AbortController();
  controller.abort();
  assert.throws(() => discoverThemes(corpus.sentences, { signal: controller.signal }), { name: 'AbortError' });
  // Cancelled in the middle (here when the SVD is half done): the run stops there, nothing after it is reported.
  const midway = new AbortController();
  const heard: number[] = [];
  assert.throws(
    () =>
      discoverThemes(corpus.sentences, {
        signal: midway.signal,
        onProgress: (fraction) => {
          heard.push(fraction);
          if (fraction >= 0.3) midway.abort();
        },
      }),
    { name: 'AbortError' },
  );
  assert.ok(heard.at(-1)! < 0.5, `went on to ${heard.at(-1)}`);
});

test('too little input is refused with a reason; a sentence sharing no word is kept as unassigned', () => {
  assert.throws(
    () => discoverThemes([]),
    (error: unknown) => error instanceof ThemeDiscoveryError && error.reason === 'too-few-sentences',
  );
  assert.throws(
    () => discoverThemes(corpus.sentences.slice(0, 1)),
    (error: unknown) => error instanceof ThemeDiscoveryError && error.reason === 'too-few-sentences',
  );
  const strangers = ['😀', '🙂', '👍'].map((emoji, i) => ({
    id: `e${i}`,
    sourceId: `e${i}`,
    text: emoji,
    words: [{ base: emoji, surface: emoji }],
  }));
  assert.throws(
    () => discoverThemes(strangers),
    (error: unknown) => error instanceof ThemeDiscoveryError && error.reason === 'no-shared-words',
  );
  const found = discoverThemes([...corpus.sentences.slice(0, 90), strangers[0]!], { themes: 3 });
  assert.deepEqual(found.unassignedIds, ['e0']);
  assert.equal(found.assignments.has('e0'), false);
  assert.equal(found.run.inputCount, 91);
});
