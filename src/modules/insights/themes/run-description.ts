/**
 * A theme discovery's run description: what went in (a hash of the
 * sentences), with which parameters and which version of the method, and
 * what came out. Plain JSON, so a run can be stored and two runs compared:
 * the same inputs and parameters must give the same outputs, and a changed
 * input shows how far the themes moved (NMI over the shared sentences).
 */

import { createHash } from 'node:crypto';
import { normalisedMutualInformation } from './clustering-agreement.ts';

/** Changes whenever the method would give other themes for the same input and parameters. */
export const THEMES_METHOD_VERSION = 'tfidf-lsa-spherical-kmeans/3';

/** One theme of a run's outputs. */
export interface ThemeRunTheme {
  label: string[];
  size: number;
  quoteIds: string[];
  coherence: number;
}

/** A stored run. */
export interface ThemeRun {
  methodVersion: string;
  inputsHash: string;
  inputCount: number;
  parameters: Record<string, number | boolean | string | null>;
  outputs: {
    themes: ThemeRunTheme[];
    /** Theme (index into themes) of each sentence id. */
    assignments: Record<string, number>;
    /** Sentences in no theme (no word shared with another sentence). */
    unassignedIds: string[];
    /** Sentences a codebook run classified through another language's profile (absent in other runs). */
    crossLanguageIds?: string[];
    diversity: number;
    /** Each candidate number of themes' mean silhouette (or stability), when the data chose it. */
    silhouettes: { k: number; silhouette: number }[];
    /** Each candidate's gap statistic and its standard error, when the gap criterion chose it (absent in older runs). */
    gaps?: { k: number; gap: number; error: number }[];
  };
}

/** What of a sentence goes into the digest: everything the method reads. */
export interface HashedSentence {
  id: string;
  sourceId: string;
  text: string;
  words: readonly { base: string; surface: string }[];
  features?: readonly string[];
}

/** A digest of the sentences (ids, sources, texts, words and features), independent of their order. */
export function hashInputs(sentences: readonly HashedSentence[]): string {
  const hash = createHash('sha256');
  for (const sentence of [...sentences].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const words = sentence.words.map((word) => `${word.base}\u0001${word.surface}`).join('\u0002');
    hash.update(
      `${sentence.id}\u0000${sentence.sourceId}\u0000${sentence.text}\u0000${words}\u0000${(sentence.features ?? []).join('\u0002')}\n`,
    );
  }
  return hash.digest('hex');
}

/** How two runs differ. */
export interface ThemeRunComparison {
  sameMethod: boolean;
  sameInputs: boolean;
  changedParameters: string[];
  sharedSentences: number;
  /** Agreement of the two runs' themes over the sentences both saw (1 = the same grouping). */
  agreement: number;
  identicalOutputs: boolean;
}

/** Compares two runs. */
export function compareRuns(a: ThemeRun, b: ThemeRun): ThemeRunComparison {
  const keys = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort();
  const shared = Object.keys(a.outputs.assignments).filter((id) => id in b.outputs.assignments);
  return {
    sameMethod: a.methodVersion === b.methodVersion,
    sameInputs: a.inputsHash === b.inputsHash,
    changedParameters: keys.filter((key) => a.parameters[key] !== b.parameters[key]),
    sharedSentences: shared.length,
    agreement: normalisedMutualInformation(
      shared.map((id) => a.outputs.assignments[id]!),
      shared.map((id) => b.outputs.assignments[id]!),
    ),
    identicalOutputs: JSON.stringify(a.outputs) === JSON.stringify(b.outputs),
  };
}
