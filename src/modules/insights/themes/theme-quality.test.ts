/**
 * How well the found themes match human categories (NMI), on SIB-200 in three languages and on
 * eduskunta-vkk, through the module's own text analysis, with and without Voikko, with the true
 * number of classes and with the number the method chooses (between 2 and 20). Fails below the
 * floors a plain lexical pipeline reached (../fixtures/README.md); prints every figure, the ratio
 * to the floor, and each run's mean NPMI coherence and diversity. No parameter here is tuned
 * per set: every run uses discoverThemes' defaults.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextAnalyser } from '../text/analyse.ts';
import type { DetectedLanguage } from '../text/language.ts';
import { voikkoStatus } from '../text/voikko.ts';
import { normalisedMutualInformation } from './clustering-agreement.ts';
import { discoverThemes } from './discover-themes.ts';
import { type LabelledSentence, readEduskunta, readSib200 } from './test-support/evaluation-sets.ts';
import { themeDocumentOf } from './theme-sentences.ts';

interface Case {
  name: string;
  language: DetectedLanguage;
  voikko: boolean;
  floor: number;
  read: () => LabelledSentence[];
}

const voikko = voikkoStatus().available;
const cases: Case[] = [
  { name: 'SIB-200 fi (Snowball)', language: 'fi', voikko: false, floor: 0.061, read: () => readSib200('fin_Latn') },
  { name: 'SIB-200 fi (Voikko)', language: 'fi', voikko: true, floor: 0.066, read: () => readSib200('fin_Latn') },
  { name: 'SIB-200 sv', language: 'sv', voikko: false, floor: 0.088, read: () => readSib200('swe_Latn') },
  { name: 'SIB-200 en', language: 'en', voikko: false, floor: 0.144, read: () => readSib200('eng_Latn') },
  { name: 'eduskunta-vkk (Snowball)', language: 'fi', voikko: false, floor: 0.059, read: readEduskunta },
  { name: 'eduskunta-vkk (Voikko)', language: 'fi', voikko: true, floor: 0.075, read: readEduskunta },
];

function measure(item: Case, themes: number | undefined) {
  const labelled = item.read();
  const analyser = createTextAnalyser({ voikko: item.voikko });
  const documents = labelled.map((sentence, i) =>
    themeDocumentOf(String(i).padStart(6, '0'), analyser.analyse(sentence.text, item.language)),
  );
  const found = discoverThemes(documents, { seed: 1, themes, minThemes: 2, maxThemes: 20 });
  const labels = documents.map((document) => found.assignments.get(document.id) ?? -1);
  const nmi = normalisedMutualInformation(
    labels,
    labelled.map((sentence) => sentence.category),
  );
  const coherence = found.themes.reduce((sum, theme) => sum + theme.coherence, 0) / found.themes.length;
  return { nmi, k: found.themes.length, coherence, diversity: found.diversity };
}

for (const item of cases) {
  test(`themes on ${item.name} beat the lexical floor ${item.floor}`, {
    skip: item.voikko && !voikko ? 'Voikko is not installed here' : false,
  }, () => {
    const classes = new Set(item.read().map((sentence) => sentence.category)).size;
    for (const [mode, themes] of [
      ['true k', classes],
      ['chosen k', undefined],
    ] as const) {
      const result = measure(item, themes);
      console.log(
        `${item.name}, ${mode}: NMI ${result.nmi.toFixed(3)} (${(result.nmi / item.floor).toFixed(2)}× the floor ${item.floor}) ` +
          `with ${result.k} themes (${classes} classes); NPMI ${result.coherence.toFixed(3)}, diversity ${result.diversity.toFixed(2)}`,
      );
      assert.ok(result.nmi > item.floor, `${item.name}, ${mode}: NMI ${result.nmi} is below the floor ${item.floor}`);
    }
  });
}
