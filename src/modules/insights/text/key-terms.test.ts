import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyTermsOf } from './key-terms.ts';

describe('key terms', () => {
  it('counts each term once per word and per text, with its most usual surface form', () => {
    const terms = keyTermsOf(
      ['Kaupungin puistot ovat hienoja. Puistot ovat siistejä.', 'Kaupungin pitäisi hoitaa puistoja paremmin.', 'Kaupunki on kaunis.'],
      { language: 'fi', voikko: false },
    );
    const puisto = terms.find((term) => term.term === 'puisto');
    assert.deepEqual(puisto, { term: 'puisto', count: 3, documents: 2, surface: 'Puistot' });
    assert.equal(terms[0]?.term, 'puisto');
    // Snowball's stems of kaupunki and kaupungin differ: two terms without Voikko.
    assert.deepEqual(
      terms.filter((term) => term.term.startsWith('kaupun')).map(({ term, count }) => [term, count]),
      [
        ['kaupung', 2],
        ['kaupunk', 1],
      ],
    );
  });

  it('puts the inflected forms under one base form with Voikko, ordered and limited', () => {
    const texts = ['Kaupungin puistot ovat hienoja.', 'Kaupungin pitäisi hoitaa puistoja.', 'Kaupunki on kaunis.'];
    const terms = keyTermsOf(texts, { language: 'fi', limit: 2 });
    assert.equal(terms.length, 2);
    if (terms[0]?.term === 'kaupunki') {
      assert.deepEqual(terms, [
        { term: 'kaupunki', count: 3, documents: 3, surface: 'Kaupungin' },
        { term: 'puisto', count: 2, documents: 2, surface: 'puistoja' },
      ]);
    } else {
      // Without Voikko on this machine: the fallback's stems.
      assert.deepEqual(terms[0], { term: 'kaupung', count: 2, documents: 2, surface: 'Kaupungin' });
    }
  });

  it('counts Swedish and English terms by stem and gives the same answer for the same texts in any order', () => {
    const texts = ['Fler cykelvägar behövs.', 'Cykelvägen är dålig.', 'More parks, please.', 'The park is lovely.'];
    const terms = keyTermsOf(texts);
    assert.deepEqual(
      terms.find((term) => term.term === 'cykelväg'),
      { term: 'cykelväg', count: 2, documents: 2, surface: 'Cykelvägen' },
    );
    assert.deepEqual(
      terms.find((term) => term.term === 'park'),
      { term: 'park', count: 2, documents: 2, surface: 'park' },
    );
    assert.deepEqual(keyTermsOf([...texts].reverse()), terms);
    assert.deepEqual(keyTermsOf([]), []);
  });
});
