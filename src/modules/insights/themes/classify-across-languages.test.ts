import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from '../text/analyse.ts';
import type { LanguageGuess } from '../text/language.ts';
import { classifyIntoCodebook } from './classify-into-codebook.ts';
import type { ThemeSentence } from './discover-themes.ts';
import { themeSentencesOf } from './theme-sentences.ts';

type Text = { text: string; language: string };

/** A Finnish codebook: cycling in winter, the library, the harbour. */
const FINNISH: Text[][] = [
  [
    'Pyörätiet ovat talvella jäässä.',
    'Pyöräteiden talvikunnossapito on huonoa.',
    'Aurataan pyörätiet aamulla.',
    'Lisää pyöräteitä keskustaan.',
  ],
  [
    'Kirjasto voisi olla auki sunnuntaisin.',
    'Kirjaston aukioloajat ovat lyhyet.',
    'Nuoret tarvitsevat kirjastoa iltaisin.',
    'Kirjastossa on hyvä lukea.',
  ],
  ['Satamaan puisto ja penkkejä.', 'Sataman rantaan kävelytie.', 'Meren rantaa pitää avata asukkaille.', 'Satama-alue on hieno.'],
].map((theme) => theme.map((text) => ({ text, language: 'fi' })));

const sentencesOf = (prefix: string, texts: readonly Text[]): ThemeSentence[] =>
  texts.flatMap((text, i) =>
    themeSentencesOf(`${prefix}${i}`, analyseText(text.text, { language: text.language as LanguageGuess, voikko: false })),
  );

const NEXT: Text[] = [
  { text: 'Biblioteket borde vara öppet på söndagar.', language: 'sv' },
  { text: 'Please plough the cycle paths in winter.', language: 'en' },
  { text: 'Bokbussen borde komma oftare.', language: 'sv' },
  { text: 'Kirjasto auki myös iltaisin.', language: 'fi' },
  { text: 'Skatterna borde sänkas.', language: 'sv' },
];

function classify(codebookTexts: Text[][], counterpartTexts: Text[][] = codebookTexts) {
  const next = sentencesOf('next', NEXT);
  const languageOf = (sentence: ThemeSentence) => NEXT[Number(sentence.sourceId.slice(4))]!.language;
  const discovery = classifyIntoCodebook(
    codebookTexts.map((theme, t) => sentencesOf(`book${t}-`, theme)),
    next,
    { codebookId: 'book', minimumSimilarity: 0.02, crossLanguage: { themes: counterpartTexts, languageOf } },
  );
  const themeOf = (i: number) => discovery.assignments.get(`next${i}:0`) ?? null;
  return { discovery, themeOf };
}

describe('a Finnish codebook classifies Swedish and English sentences through another language', () => {
  it('puts sv/en sentences into the Finnish themes by shared concepts, names this in the run, and leaves the unlike unassigned', () => {
    const { discovery, themeOf } = classify(FINNISH);
    assert.equal(themeOf(0), 1, 'biblioteket → Kirjasto');
    assert.equal(themeOf(1), 0, 'cycle paths in winter → Pyörätiet');
    assert.equal(themeOf(3), 1, 'Finnish stays in the direct classification');
    assert.equal(themeOf(4), null, 'taxes: no codebook theme');
    assert.deepEqual(discovery.run.outputs.crossLanguageIds, ['next0:0', 'next1:0']);
    assert.ok(!discovery.run.outputs.crossLanguageIds?.includes('next3:0'));
    assert.ok(discovery.unassignedIds.includes('next4:0'));
  });

  it('uses a theme’s linked Swedish counterpart: its words take a sentence nothing else would', () => {
    assert.equal(classify(FINNISH).themeOf(2), null, 'bokbussen is in no lexicon and no Finnish sentence');
    const withCounterpart = FINNISH.map((theme, t) =>
      t === 1 ? [...theme, { text: 'Bokbussen kommer för sällan till byn.', language: 'sv' }] : theme,
    );
    const { themeOf, discovery } = classify(FINNISH, withCounterpart);
    assert.equal(themeOf(2), 1);
    assert.ok(discovery.run.outputs.crossLanguageIds?.includes('next2:0'));
  });

  it('classifies as before when no languages are given (every sentence directly)', () => {
    const next = sentencesOf('next', NEXT);
    const plain = classifyIntoCodebook(
      FINNISH.map((theme, t) => sentencesOf(`book${t}-`, theme)),
      next,
      { codebookId: 'book', minimumSimilarity: 0.02 },
    );
    assert.deepEqual(plain.run.outputs.crossLanguageIds, []);
    assert.equal(plain.assignments.get('next3:0'), 1);
  });
});
