/**
 * Theme discovery against scikit-learn on the same texts, in the same run.
 * 50,000 generated answers of ~40 words are analysed by the insights text
 * analysis (sentences, stopwords, base forms) and grouped by discoverThemes
 * (the number of themes chosen by silhouette); scikit-learn then runs
 * TfidfVectorizer + TruncatedSVD + KMeans on the same sentences with the
 * number of themes ours chose. Ours is timed from the raw answers (text
 * analysis included), theirs from the sentences. Peak memory is each
 * process's maximum resident size. Without Debian's python3-sklearn the
 * ratio is left out with a message.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTextAnalyser } from '../../src/modules/insights/index.ts';
import { discoverThemes } from '../../src/modules/insights/themes/discover-themes.ts';
import { syntheticSentences } from '../../src/modules/insights/themes/test-support/synthetic-answers.ts';
import { themeSentencesOf } from '../../src/modules/insights/themes/theme-sentences.ts';

const ANSWERS = 50_000;
const SEED = 7;
const DIMENSIONS = 50;
/** Debian's python3-sklearn; the python3 first on PATH may be another one without scikit-learn. */
const PYTHON = '/usr/bin/python3';
const SKLEARN_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'themes-sklearn.py');

/** Answers of four sentences of ten words, each sentence on one of eight topics. */
function generateAnswers(): string[] {
  const { sentences } = syntheticSentences({ answers: ANSWERS, sentencesPerAnswer: 4, wordsPerSentence: 10, topics: 8, seed: SEED });
  const answers: string[] = [];
  for (let a = 0; a < ANSWERS; a++) {
    const parts = sentences.slice(a * 4, a * 4 + 4).map((sentence) => sentence.text[0]!.toUpperCase() + sentence.text.slice(1));
    answers.push(parts.join(' '));
  }
  return answers;
}

function scikitLearnAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
}

interface Theirs {
  ms: number[];
  steps: Record<string, number>;
  peakMb: number;
  nonzeros: number;
}

function runScikitLearn(file: string, k: number): Theirs {
  const result = spawnSync(PYTHON, [SKLEARN_SCRIPT, file, String(k), String(DIMENSIONS), '1', String(SEED)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`scikit-learn failed (${PYTHON}): ${result.stderr || result.error}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
}

function runOurs(answers: string[]) {
  const started = performance.now();
  const analyser = createTextAnalyser();
  const sentences = answers.flatMap((answer, a) => themeSentencesOf(String(a).padStart(6, '0'), analyser.analyse(answer, 'fi')));
  const analysed = performance.now();
  // When each step of the discovery began, to print where the time goes.
  const steps: Record<string, number> = {};
  const found = discoverThemes(sentences, {
    seed: SEED,
    dimensions: DIMENSIONS,
    onProgress: (_fraction, step) => {
      steps[step] ??= performance.now();
    },
  });
  const finished = performance.now();
  return { sentences, found, ms: finished - started, analysisMs: analysed - started, steps, finished };
}

/** Times both sides and prints the figures and the RESULT line. */
export async function runThemesScenario(name: string): Promise<void> {
  const answers = generateAnswers();
  const words = answers.reduce((sum, answer) => sum + answer.split(' ').length, 0);
  const ours = runOurs(answers);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const k = ours.found.themes.length;
  const marks = Object.entries(ours.steps);
  const phases = marks.map(([step, at], i) => `${step} ${(((marks[i + 1]?.[1] ?? ours.finished) - at) / 1000).toFixed(1)} s`);
  console.log(
    `${ANSWERS} answers, ${words} words, ${ours.sentences.length} sentences: ours ${(ours.ms / 1000).toFixed(1)} s ` +
      `(text analysis ${(ours.analysisMs / 1000).toFixed(1)} s, ${phases.join(', ')}), ${k} themes, peak memory ${peakMb.toFixed(0)} MB`,
  );
  const fields = [
    `ours_ms=${ours.ms.toFixed(0)}`,
    `ours_peak_mb=${peakMb.toFixed(0)}`,
    `themes=${k}`,
    `sentences=${ours.sentences.length}`,
  ];
  let ratio = 'n/a';
  if (scikitLearnAvailable()) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-themes-bench-'));
    try {
      const file = path.join(folder, 'sentences.txt');
      fs.writeFileSync(file, ours.sentences.map((sentence) => sentence.text.replaceAll('\n', ' ')).join('\n'));
      const theirs = runScikitLearn(file, k);
      const theirMs = theirs.ms[0]!;
      ratio = (ours.ms / theirMs).toFixed(2);
      console.log(
        `scikit-learn ${(theirMs / 1000).toFixed(1)} s (${Object.entries(theirs.steps)
          .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}), ${theirs.nonzeros} non-zeros, peak memory ${theirs.peakMb.toFixed(0)} MB; ratio ${ratio}`,
      );
      fields.push(`sklearn_ms=${theirMs.toFixed(0)}`, `sklearn_peak_mb=${theirs.peakMb.toFixed(0)}`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  } else {
    console.log(`scikit-learn is not installed at ${PYTHON} (Debian's python3-sklearn): the ratio is left out`);
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${os.availableParallelism()} cores`,
  );
  console.log(`RESULT ${name} ratio=${ratio} ${fields.join(' ')}`);
}
