import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { DETECTED_LANGUAGES, detectLanguage } from './language.ts';

/** SIB-200's dev and test sentences: never in the training text (language-profiles/ holds the train split). */
function heldOut(language: string): string[] {
  return fs
    .readFileSync(new URL(`./fixtures/held-out-${language}.txt`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
}

// Written for this test: survey-like answers in languages the detector does not know.
const OTHER_LANGUAGES: Record<string, string[]> = {
  de: [
    'Die Stadt sollte mehr Radwege bauen und die Bibliothek länger öffnen.',
    'Ich wohne seit zehn Jahren hier und finde die Innenstadt schön.',
    'Für Familien mit Kindern fehlt es an bezahlbaren Wohnungen in der Nähe der Schulen.',
  ],
  fr: [
    'La ville devrait construire plus de pistes cyclables pour les enfants.',
    'Nous avons besoin de plus de logements abordables près du centre.',
    'Les bus du soir ne passent pas assez souvent dans notre quartier.',
  ],
  es: [
    'La ciudad necesita más parques y mejores servicios para los mayores.',
    'Me gustaría que el transporte público funcionara también por la noche.',
    'Los jóvenes no tienen suficientes lugares donde reunirse después de la escuela.',
  ],
  it: [
    'La città dovrebbe costruire più piste ciclabili e aprire la biblioteca più a lungo.',
    'Abbiamo bisogno di più case a prezzi accessibili vicino al centro storico.',
  ],
};

describe('language detection', () => {
  it('recognises held-out Finnish, Swedish and English sentences', () => {
    for (const language of DETECTED_LANGUAGES) {
      const sentences = heldOut(language);
      const right = sentences.filter((sentence) => detectLanguage(sentence) === language).length;
      const accuracy = right / sentences.length;
      console.log(`language detection ${language}: ${right}/${sentences.length} = ${accuracy.toFixed(3)}`);
      assert.ok(accuracy >= 0.98, `${language}: accuracy ${accuracy}`);
    }
  });

  it('recognises short answers of a few words', () => {
    assert.equal(detectLanguage('Lisää puistoja keskustaan'), 'fi');
    assert.equal(detectLanguage('Hyvä näin'), 'fi');
    assert.equal(detectLanguage('En osaa sanoa'), 'fi');
    assert.equal(detectLanguage('Bättre cykelvägar'), 'sv');
    assert.equal(detectLanguage('Nothing to add'), 'en');
    assert.equal(detectLanguage('Bussit kulkevat harvoin iltaisin'), 'fi');
    assert.equal(detectLanguage('Fler parker i centrum'), 'sv');
    assert.equal(detectLanguage('Bussarna går för sällan på kvällarna'), 'sv');
    assert.equal(detectLanguage('More parks in the centre'), 'en');
    assert.equal(detectLanguage('The buses run too rarely in the evening'), 'en');
  });

  it("answers 'unknown' for too little text", () => {
    for (const text of ['', 'ok', 'Kyllä!', 'Hyvä', 'Vet inte', '12345 678', '👍👍👍', '...'])
      assert.equal(detectLanguage(text), 'unknown', text);
  });

  it("answers 'unknown' for German, French, Spanish and Italian", () => {
    const guesses = Object.entries(OTHER_LANGUAGES).flatMap(([language, sentences]) =>
      sentences.map((sentence) => ({ language, guess: detectLanguage(sentence) })),
    );
    console.log(`other languages: ${guesses.map(({ language, guess }) => `${language}→${guess}`).join(' ')}`);
    assert.deepEqual(
      guesses.filter(({ guess }) => guess !== 'unknown'),
      [],
    );
  });

  it('reads a 1 MB text quickly (only its beginning counts)', () => {
    const started = performance.now();
    assert.equal(detectLanguage('Rauman vanha kaupunki on kaunis. '.repeat(32_000)), 'fi');
    assert.ok(performance.now() - started < 1000);
  });
});
