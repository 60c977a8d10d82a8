import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences.ts';

describe('sentence splitting', () => {
  it('splits an answer after full stops, question and exclamation marks', () => {
    assert.deepEqual(splitSentences('Keskusta on kaunis. Pyörätiet ovat huonoja! Miksi busseja ei ole?  Lisää puistoja…'), [
      'Keskusta on kaunis.',
      'Pyörätiet ovat huonoja!',
      'Miksi busseja ei ole?',
      'Lisää puistoja…',
    ]);
    assert.deepEqual(splitSentences('The buses are late. "Fix them," people say.'), ['The buses are late.', '"Fix them," people say.']);
  });

  it('does not split after abbreviations in Finnish, Swedish and English', () => {
    assert.deepEqual(splitSentences('Palveluja, esim. kirjasto ja uimahalli, pitää kehittää. Mm. Kauppakatu on ahdas.'), [
      'Palveluja, esim. kirjasto ja uimahalli, pitää kehittää.',
      'Mm. Kauppakatu on ahdas.',
    ]);
    assert.deepEqual(splitSentences('Kokous on klo. 18 ja ns. Rauman malli esitellään.'), [
      'Kokous on klo. 18 ja ns. Rauman malli esitellään.',
    ]);
    assert.deepEqual(splitSentences('Mer service, t.ex. Biblioteket och simhallen. Bl.a. Storgatan är smal.'), [
      'Mer service, t.ex. Biblioteket och simhallen.',
      'Bl.a. Storgatan är smal.',
    ]);
    assert.deepEqual(splitSentences('More services, e.g. The library. Dr. Smith agrees, i.e. Everyone does.'), [
      'More services, e.g. The library.',
      'Dr. Smith agrees, i.e. Everyone does.',
    ]);
  });

  it('does not split after initials or ordinals, and does after a year', () => {
    assert.deepEqual(splitSentences('J. K. Paasikivi asui täällä. Asun 3. kerroksessa.'), [
      'J. K. Paasikivi asui täällä.',
      'Asun 3. kerroksessa.',
    ]);
    assert.deepEqual(splitSentences('Muutin tänne 2013. Sitten kaikki muuttui.'), ['Muutin tänne 2013.', 'Sitten kaikki muuttui.']);
  });

  it('splits a sentence typed without capitals after a longer word', () => {
    assert.deepEqual(splitSentences('hyvä idea. lisää puistoja keskustaan'), ['hyvä idea.', 'lisää puistoja keskustaan']);
  });

  it('takes every line on its own and leaves bullets out', () => {
    assert.deepEqual(splitSentences('- lisää puistoja\n- parempi joukkoliikenne\r\n\n• kirjasto auki pidempään\n1) uimahalli'), [
      'lisää puistoja',
      'parempi joukkoliikenne',
      'kirjasto auki pidempään',
      'uimahalli',
    ]);
  });

  it('leaves out empty parts and cuts a text without full stops into parts of a bounded length', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n ... \n !!! '), []);
    assert.deepEqual(splitSentences('👍👍'), ['👍👍']);
    const long = 'sana '.repeat(200_000);
    const parts = splitSentences(long);
    assert.ok(parts.length >= 1000);
    assert.ok(parts.every((part) => part.length <= MAX_SENTENCE_CHARS));
    assert.equal(parts.join(' ').length, long.trim().length);
  });
});
