import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npmiCoherence, themeDiversity, wordWindows } from './coherence.ts';
import { labelThemes } from './labels.ts';
import { chooseQuotes } from './quotes.ts';
import { type DenseMatrix, normaliseRows } from './sparse-matrix.ts';

const word = (base: string, surface = base) => ({ base, surface });

test('labels rank words distinctive of a theme above words common to all, in their most frequent written form', () => {
  const sentences = [
    [word('kaupunki', 'kaupungin'), word('puisto'), word('olla', 'on')],
    [word('kaupunki', 'kaupungin'), word('puisto', 'puistot'), word('olla', 'on')],
    [word('kaupunki', 'kaupunki'), word('puisto', 'puistoja'), word('olla', 'oli')],
    [word('bussi', 'bussit'), word('olla', 'on')],
    [word('bussi', 'bussi'), word('pysäkki'), word('olla', 'on')],
    [word('bussi', 'bussit'), word('pysäkki', 'pysäkit'), word('olla', 'on')],
  ];
  const labels = labelThemes(sentences, Int32Array.from([0, 0, 0, 1, 1, 1]), 2, 2);
  assert.deepEqual(
    labels[0]!.map((w) => w.surface),
    ['kaupungin', 'puisto'],
  );
  assert.equal(labels[1]![0]!.surface, 'bussit');
  assert.ok(!labels.flat().some((w) => w.base === 'olla'));
  const restricted = labelThemes(sentences, Int32Array.from([0, 0, 0, 1, 1, 1]), 2, 3, new Set(['puisto', 'bussi']));
  assert.deepEqual(
    restricted.map((list) => list.map((w) => w.base)),
    [['puisto'], ['bussi']],
  );
});

test('NPMI is 1 for words always together, −1 for words never together; diversity counts shared top words', () => {
  const windows = wordWindows([['a', 'b'], ['a', 'b'], ['c'], ['d'], ['c', 'e']]);
  assert.ok(Math.abs(npmiCoherence(['a', 'b'], windows, 5) - 1) < 1e-12);
  assert.equal(npmiCoherence(['a', 'c'], windows, 5), -1);
  const partial = npmiCoherence(['c', 'e'], windows, 5);
  assert.ok(partial > 0 && partial < 1, String(partial));
  assert.equal(
    themeDiversity([
      ['a', 'b'],
      ['c', 'd'],
    ]),
    1,
  );
  assert.equal(
    themeDiversity([
      ['a', 'b'],
      ['a', 'c'],
    ]),
    0.75,
  );
});

test('quotes start at the centre, then prefer a different sentence over a near copy, and other contributions', () => {
  const points: DenseMatrix = {
    rows: 4,
    columns: 2,
    data: Float64Array.from([1, 0.05, 1, 0.06, 0.6, 0.8, 0.8, -0.6]),
  };
  normaliseRows(points);
  const centre = Float64Array.from([1, 0]);
  const quotes = chooseQuotes(points, [0, 1, 2, 3], centre, ['a', 'b', 'c', 'd'], { count: 3, lambda: 0.5 });
  assert.equal(quotes[0], 0);
  assert.ok(!quotes.slice(0, 2).includes(1), `near copy chosen early: ${quotes}`);
  const sameSource = chooseQuotes(points, [0, 1, 2], centre, ['a', 'a', 'b'], { count: 2, lambda: 0.9 });
  assert.deepEqual(sameSource, [0, 2]);
  assert.equal(chooseQuotes(points, [2], centre, ['a', 'b', 'c', 'd']).length, 1);
});
