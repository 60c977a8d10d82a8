import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptOf, crossLanguageFeatures } from './cross-language.ts';
import { suggestCounterparts } from './suggest-counterparts.ts';
import { civicCounterpartCase, scoreSuggestions, sibCounterpartCase } from './test-support/counterpart-cases.ts';

const print = (name: string, score: ReturnType<typeof scoreSuggestions>) =>
  console.log(
    `counterparts ${name}: precision ${score.precision.toFixed(3)} (${score.right}/${score.suggested}), recall ${score.recall.toFixed(3)} of ${score.truePairs} true pairs`,
  );

describe('suggested counterparts across languages', () => {
  it('reads the lexicon, names and numbers the same way in each language', () => {
    assert.equal(conceptOf('kirjastossa', 'fi'), 'library');
    assert.equal(conceptOf('stadsbiblioteket', 'sv'), undefined, 'a beginning, not a part inside a word');
    assert.equal(conceptOf('biblioteket', 'sv'), 'library');
    assert.equal(conceptOf('libraries', 'en'), 'library');
    assert.equal(conceptOf('tieto', 'fi'), 'information', 'the road (=tie) matches only the whole word');
    const fi = crossLanguageFeatures({ text: 'Vanhan Rauman kirjasto avattiin 1998.', language: 'fi' });
    const sv = crossLanguageFeatures({ text: 'Biblioteket i Gamla Raumo öppnades 1998.', language: 'sv' });
    for (const feature of ['c:library', 'n:1998', 'p:raum']) {
      assert.ok(fi.includes(feature), `fi ${feature}`);
      assert.ok(sv.includes(feature), `sv ${feature}`);
    }
  });

  it('suggests only mutual best pairs of different languages, deterministically, whatever the order', () => {
    const { themes } = civicCounterpartCase();
    const once = suggestCounterparts(themes);
    assert.deepEqual(suggestCounterparts([...themes].reverse()), once);
    for (const pair of once) assert.notEqual(pair.themeId.slice(0, 2), pair.counterpartId.slice(0, 2));
    assert.deepEqual(suggestCounterparts([themes[0]!]), []);
  });

  it('fitting set (SIB-200 train, one theme per category and language, no shared sentences): every pair right', () => {
    const truth = sibCounterpartCase(['train']);
    const score = scoreSuggestions(suggestCounterparts(truth.themes), truth);
    print('SIB-200 train (fitting)', score);
    assert.equal(score.precision, 1);
  });

  it('held out (SIB-200 dev+test, and hand-written civic themes with two that have no counterpart): precision printed and kept', () => {
    const sib = sibCounterpartCase(['dev', 'test']);
    const sibScore = scoreSuggestions(suggestCounterparts(sib.themes), sib);
    print('SIB-200 dev+test (held out)', sibScore);
    const halves = sibCounterpartCase(['dev', 'test'], 2);
    const halvesScore = scoreSuggestions(suggestCounterparts(halves.themes), halves);
    print('SIB-200 dev+test, two themes per category (held out)', halvesScore);
    const civic = civicCounterpartCase();
    const civicScore = scoreSuggestions(suggestCounterparts(civic.themes), civic);
    print('civic themes (held out)', civicScore);
    // Floors a little under what was measured when the method was fixed (0.867, 0.895, 1.0).
    assert.ok(sibScore.precision >= 0.8, `SIB held-out precision ${sibScore.precision}`);
    assert.ok(halvesScore.precision >= 0.8, `SIB halves precision ${halvesScore.precision}`);
    assert.ok(civicScore.precision >= 0.9, `civic precision ${civicScore.precision}`);
    assert.ok(sibScore.recall >= 0.5 && civicScore.recall >= 0.9);
  });
});
