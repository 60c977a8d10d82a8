import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText, createTextAnalyser } from './analyse.ts';
import { voikkoStatus } from './voikko.ts';

const ANSWER =
  'Rauman kaupungin pyöräteiden kunto on huono, esim. Kauppakadulla. Lasten leikkipuistoja tarvitaan lisää! Soita 040 123 4567.';

describe('analyseText', () => {
  it('masks, detects the language and splits an answer into sentences', () => {
    const analysis = analyseText(ANSWER);
    assert.equal(analysis.language, 'fi');
    assert.deepEqual(analysis.masked, { email: 0, identityCode: 0, phone: 1, address: 0 });
    assert.deepEqual(
      analysis.sentences.map((sentence) => sentence.text),
      ['Rauman kaupungin pyöräteiden kunto on huono, esim. Kauppakadulla.', 'Lasten leikkipuistoja tarvitaan lisää!', 'Soita [phone].'],
    );
    assert.ok(analysis.sentences.every((sentence) => !sentence.tokens.includes('phone')));
  });

  it('gives Finnish base forms and compound parts with Voikko, or names the fallback without it', () => {
    const analysis = analyseText(ANSWER, { language: 'fi' });
    const tokens = analysis.sentences.map((sentence) => sentence.tokens);
    if (voikkoStatus().available) {
      assert.equal(analysis.normaliser, 'voikko');
      assert.deepEqual(tokens, [
        ['rauma', 'kaupunki', 'pyörätie', 'pyörä', 'tie', 'kunto', 'huono', 'kauppakatu', 'kauppa', 'katu'],
        ['lapsi', 'leikkipuisto', 'leikki', 'puisto', 'tarvita'],
        ['soittaa'],
      ]);
      assert.ok(analysis.sentences.every((sentence) => sentence.ngrams.length === 0));
    } else {
      assert.equal(analysis.normaliser, 'snowball');
    }
  });

  it('falls back to Snowball stems and character n-grams when Voikko is turned off', () => {
    const analysis = analyseText('Kaupunki on kaunis. Kaupungin puistot ovat kauniita.', { language: 'fi', voikko: false });
    assert.equal(analysis.normaliser, 'snowball');
    const [first, second] = analysis.sentences;
    // Snowball splits consonant gradation: kaupunki and kaupungin get different stems …
    assert.deepEqual(first?.tokens, ['kaupunk', 'kaunis']);
    assert.equal(second?.tokens[0], 'kaupung');
    // … and the character n-grams bring them together again.
    const shared = first?.ngrams.filter((gram) => second?.ngrams.includes(gram));
    assert.deepEqual(shared?.slice(0, 4), ['<kau', 'kaup', 'aupu', 'upun']);
  });

  it('gives a word its Snowball stem when Voikko fails on it, and goes on', () => {
    const failing = {
      analyse(word: string) {
        if (word === 'kaupungin') throw new Error('Voikko failed');
        return [{ baseForm: word === 'puistot' ? 'puisto' : word, parts: [] }];
      },
    };
    const analysis = analyseText('Kaupungin puistot', { language: 'fi', voikko: failing });
    assert.equal(analysis.normaliser, 'voikko');
    assert.deepEqual(analysis.sentences[0]?.tokens, ['kaupung', 'puisto']);
  });

  it('stems Swedish and English with Snowball and leaves their stopwords out', () => {
    const swedish = analyseText('Staden borde bygga fler cykelvägar för barnen.');
    assert.equal(swedish.language, 'sv');
    assert.equal(swedish.normaliser, 'snowball');
    assert.deepEqual(swedish.sentences[0]?.tokens, ['stad', 'bygg', 'fler', 'cykelväg', 'barn']);
    const english = analyseText('The city should build more cycle paths for the children.');
    assert.equal(english.language, 'en');
    assert.deepEqual(english.sentences[0]?.tokens, ['citi', 'build', 'cycl', 'path', 'children']);
  });

  it("leaves out the process's extra stopwords in every inflected form", () => {
    const analysis = analyseText('Kaupungin pitäisi rakentaa lisää pyöräteitä kaupunkiin.', {
      language: 'fi',
      extraStopwords: ['kaupunki', ' '],
    });
    assert.ok(!analysis.sentences[0]?.words.some((word) => /^kaupun/i.test(word.surface)));
    assert.ok(analysis.sentences[0]?.words.some((word) => word.surface === 'rakentaa'));
    // Without Voikko: the stopword's stem, and stems that differ from it in the last letter only (consonant gradation).
    const fallback = analyseText('Kaupunki, kaupunkiin, kaupungin ja kauppa.', {
      language: 'fi',
      voikko: false,
      extraStopwords: ['kaupunki'],
    });
    assert.deepEqual(fallback.sentences[0]?.tokens, ['kaup']);
  });

  it('analyses text in another language as plain lower-case words', () => {
    const analysis = analyseText('Die Stadt sollte mehr Radwege bauen und die Bibliothek länger öffnen.');
    assert.equal(analysis.language, 'unknown');
    assert.equal(analysis.normaliser, 'words');
    assert.ok(analysis.sentences[0]?.tokens.includes('radwege'));
  });

  it('copes with empty text, emoji only and 1 MB of text', () => {
    assert.deepEqual(analyseText('').sentences, []);
    assert.equal(analyseText('').language, 'unknown');
    const emoji = analyseText('👍👍👍');
    assert.equal(emoji.language, 'unknown');
    assert.deepEqual(
      emoji.sentences.map((sentence) => sentence.tokens),
      [[]],
    );
    const started = performance.now();
    const big = createTextAnalyser().analyse('Pyörätiet ovat huonossa kunnossa keskustassa. '.repeat(22_000));
    assert.equal(big.language, 'fi');
    assert.ok(big.sentences.length > 1000 && big.sentences.length < 3000);
    console.log(`1 MB text: ${big.sentences.length} sentences analysed in ${Math.round(performance.now() - started)} ms`);
  });
});
