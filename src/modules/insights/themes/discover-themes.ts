/**
 * Theme discovery over sentences: TF-IDF over base forms, their adjacent
 * pairs and any extra features → truncated SVD (LSA) → unit-length vectors →
 * spherical k-means++ with restarts, the number of themes chosen by
 * silhouette within the analyst's limits (or given) → labels by class-based
 * TF-IDF, quotes by MMR, NPMI coherence and diversity, and the run's
 * description. The sentences are sorted by id first, so the result depends
 * only on the input and the seed, never on the order rows came in.
 */

import { deriveSeed, sampleIndices, seededRandom } from '../../../platform/random/seeded-random.ts';
import { chooseThemeCount, pickRows, type ThemeCountCriterion } from './choose-theme-count.ts';
import { npmiCoherence, themeDiversity, wordWindows } from './coherence.ts';
import { labelThemes, type ThemeLabelWord, type ThemeWord } from './labels.ts';
import { chooseQuotes } from './quotes.ts';
import { hashInputs, THEMES_METHOD_VERSION, type ThemeRun } from './run-description.ts';
import { type DenseMatrix, normaliseRows } from './sparse-matrix.ts';
import { refineClusters, type SphericalKMeansResult, sphericalKMeans } from './spherical-kmeans.ts';
import { buildTfidf } from './tfidf.ts';
import { truncatedSvd } from './truncated-svd.ts';

/** One sentence to analyse, as the text processing gives it. */
export interface ThemeSentence {
  id: string;
  /** The contribution the sentence is from: quotes spread over contributions, and NPMI counts co-occurrence within one. */
  sourceId: string;
  text: string;
  /** Content words (stopwords already out) with their base forms. */
  words: readonly ThemeWord[];
  /** Extra terms for TF-IDF only, e.g. character n-grams when there are no base forms. */
  features?: readonly string[];
}

/** Parameters of a discovery; every one is stored with the run. */
export interface DiscoverThemesOptions {
  seed?: number;
  /** A fixed number of themes; otherwise chosen between minThemes and maxThemes. */
  themes?: number;
  minThemes?: number;
  maxThemes?: number;
  /** How the data chooses the number of themes (see choose-theme-count.ts). */
  themeCountCriterion?: ThemeCountCriterion;
  dimensions?: number;
  /** Subspace iterations of the SVD (default 4). */
  svdIterations?: number;
  restarts?: number;
  minDocumentFrequency?: number;
  maxDocumentShare?: number;
  /** At most this many TF-IDF terms, the most widespread. */
  maxTerms?: number;
  wordPairs?: boolean;
  /** Length of the character n-grams of each word added as terms (0 = none). */
  characterNgrams?: number;
  labelWords?: number;
  quotes?: number;
  /** Sentences over which the restarts run before the best start is refined on all (default 10,000). */
  clusteringSample?: number;
  /** Called between steps (0…1), e.g. for a job's progress bar. */
  onProgress?: (fraction: number, step: string) => void;
  /** Cancels between steps. */
  signal?: AbortSignal;
}

/** A found theme. */
export interface DiscoveredTheme {
  label: ThemeLabelWord[];
  sentenceIds: string[];
  quoteIds: string[];
  coherence: number;
}

/** The themes, each sentence's theme, and the run description. */
export interface ThemeDiscovery {
  themes: DiscoveredTheme[];
  /** Theme (index into themes) of each sentence that has one. */
  assignments: Map<string, number>;
  /** Sentences with no word shared with any other sentence: in no theme, kept visible. */
  unassignedIds: string[];
  diversity: number;
  run: ThemeRun;
}

const defaults = {
  seed: 1,
  minThemes: 3,
  maxThemes: 12,
  themeCountCriterion: 'gap' as ThemeCountCriterion,
  dimensions: 50,
  svdIterations: 4,
  restarts: 10,
  minDocumentFrequency: 2,
  maxDocumentShare: 0.05,
  maxTerms: 50_000,
  wordPairs: false,
  characterNgrams: 4,
  labelWords: 10,
  quotes: 5,
  clusteringSample: 10_000,
};

/** Why no themes could be found: too few sentences, or no word occurs in two of them. */
export class ThemeDiscoveryError extends Error {
  constructor(readonly reason: 'too-few-sentences' | 'no-shared-words') {
    super(reason === 'too-few-sentences' ? 'theme discovery needs at least two sentences' : 'no word occurs in two sentences');
  }
}

type Settings = typeof defaults & { themes: number | null };

/**
 * The terms TF-IDF sees for one sentence: base forms, adjacent pairs, the extra features, and the character n-grams of
 * each written word (marked with #). The n-grams join forms a stemmer or a short sentence keeps apart (kaupunki and
 * kaupungin, a compound and its parts), which matters most when sentences share few words.
 */
export function emitSentenceTerms(
  sentence: ThemeSentence,
  settings: { wordPairs: boolean; characterNgrams: number },
  emit: (term: string) => void,
): void {
  termEmitter(settings)(sentence, emit);
}

/** Words whose n-grams the emitter keeps before it starts over (a corpus repeats its words). */
const NGRAM_CACHE_LIMIT = 100_000;

/** emitSentenceTerms with each written word's n-grams made once and reused (the same strings, so no churn). */
function termEmitter(settings: { wordPairs: boolean; characterNgrams: number }) {
  const n = settings.characterNgrams;
  const cache = new Map<string, readonly string[]>();
  const ngramsOf = (surface: string): readonly string[] => {
    let grams = cache.get(surface);
    if (grams === undefined) {
      const padded = `<${surface.toLowerCase()}>`;
      const list: string[] = [];
      for (let i = 0; i + n <= padded.length; i++) list.push(`#${padded.slice(i, i + n)}`);
      grams = list;
      if (cache.size >= NGRAM_CACHE_LIMIT) cache.clear();
      cache.set(surface, grams);
    }
    return grams;
  };
  return (sentence: ThemeSentence, emit: (term: string) => void): void => {
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      emit(words[i]!.base);
      if (settings.wordPairs && i > 0) emit(`${words[i - 1]!.base} ${words[i]!.base}`);
    }
    if (sentence.features) for (const feature of sentence.features) emit(feature);
    if (n <= 0) return;
    for (const word of words) for (const gram of ngramsOf(word.surface)) emit(gram);
  };
}

/** Reports a part of the work as a share of the whole, and checks for cancellation each time. */
type Report = (fraction: number) => void;

function cluster(points: DenseMatrix, k: number, settings: Settings, report: Report, signal?: AbortSignal): SphericalKMeansResult {
  const options = { k, seed: deriveSeed(settings.seed, 7), restarts: settings.restarts, signal };
  if (points.rows <= settings.clusteringSample) return sphericalKMeans(points, { ...options, onRestart: report });
  // The restarts explore on a sample; the best start is then refined on every sentence.
  const sample = pickRows(points, sampleIndices(points.rows, settings.clusteringSample, seededRandom(deriveSeed(settings.seed, 8))));
  const start = sphericalKMeans(sample, { ...options, onRestart: (fraction) => report(0.7 * fraction) });
  const refined = refineClusters(points, Float64Array.from(start.centres), start.k, 30, signal);
  report(1);
  return refined;
}

function embed(sentences: readonly ThemeSentence[], settings: Settings, report: Report, signal?: AbortSignal) {
  const emitTerms = termEmitter(settings);
  const tfidf = buildTfidf(sentences.length, (i, emit) => emitTerms(sentences[i]!, emit), { ...settings, signal });
  report(0.2);
  const svd = truncatedSvd(tfidf.matrix, {
    components: settings.dimensions,
    seed: settings.seed,
    iterations: settings.svdIterations,
    signal,
    onProgress: (fraction) => report(0.2 + 0.8 * fraction),
  });
  normaliseRows(svd.coordinates);
  return { vocabulary: new Set(tfidf.terms), points: svd.coordinates };
}

/** Groups of sentence indices per theme, largest first, empty ones dropped. */
function groupsBySize(labels: Int32Array, k: number): number[][] {
  const groups = Array.from({ length: k }, () => [] as number[]);
  labels.forEach((label, i) => {
    groups[label]!.push(i);
  });
  return groups.filter((group) => group.length > 0).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

function meanOf(points: DenseMatrix, members: readonly number[]): Float64Array {
  const centre = new Float64Array(points.columns);
  for (const i of members) for (let d = 0; d < points.columns; d++) centre[d]! += points.data[i * points.columns + d]!;
  let sum = 0;
  for (const value of centre) sum += value * value;
  const norm = Math.sqrt(sum) || 1;
  return centre.map((value) => value / norm);
}

function hasLength(points: DenseMatrix, row: number): boolean {
  for (let d = 0; d < points.columns; d++) if (points.data[row * points.columns + d] !== 0) return true;
  return false;
}

function settingsOf(options: DiscoverThemesOptions): Settings {
  const { onProgress: _progress, signal: _signal, themes, ...rest } = options;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return { ...defaults, ...given, themes: themes ?? null };
}

/**
 * Finds themes in the sentences. `onProgress` hears the share done (0…1, never going back) and the step's name
 * ('vectors', 'theme-count', 'clustering', 'labels', then 'done' at 1) a few dozen times a run; `signal` is checked
 * at each of those points and inside the long loops, and a cancelled run throws the signal's AbortError.
 */
export function discoverThemes(input: readonly ThemeSentence[], options: DiscoverThemesOptions = {}): ThemeDiscovery {
  const settings = settingsOf(options);
  const { signal } = options;
  let done = 0;
  const step = (fraction: number, name: string) => {
    signal?.throwIfAborted();
    done = Math.max(done, Math.min(1, fraction));
    options.onProgress?.(done, name);
  };
  const part =
    (from: number, to: number, name: string): Report =>
    (fraction) =>
      step(from + (to - from) * fraction, name);
  const sorted = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length < 2) throw new ThemeDiscoveryError('too-few-sentences');
  step(0, 'vectors');
  const embedded = embed(sorted, settings, part(0, 0.5, 'vectors'), signal);
  const { vocabulary } = embedded;
  if (vocabulary.size === 0) throw new ThemeDiscoveryError('no-shared-words');
  const active = Int32Array.from(sorted.keys()).filter((i) => hasLength(embedded.points, i));
  if (active.length < 2) throw new ThemeDiscoveryError('no-shared-words');
  const sentences = Array.from(active, (i) => sorted[i]!);
  const inputsHash = hashInputs(sorted);
  const points = active.length === sorted.length ? embedded.points : pickRows(embedded.points, active);
  const unassignedIds = sorted.filter((_, i) => !hasLength(embedded.points, i)).map((sentence) => sentence.id);
  step(0.5, 'theme-count');
  const choice =
    settings.themes !== null
      ? { k: Math.min(settings.themes, sentences.length), silhouettes: [], gaps: [] }
      : chooseThemeCount(points, {
          minThemes: settings.minThemes,
          maxThemes: settings.maxThemes,
          seed: settings.seed,
          criterion: settings.themeCountCriterion,
          signal,
          onProgress: part(0.5, 0.65, 'theme-count'),
        });
  step(0.65, 'clustering');
  const clusters = cluster(points, Math.max(1, choice.k), settings, part(0.65, 0.9, 'clustering'), signal);
  step(0.9, 'labels');
  const discovery = describe(
    {
      sentences,
      inputsHash,
      inputCount: sorted.length,
      vocabulary,
      points,
      clusters,
      silhouettes: choice.silhouettes,
      gaps: choice.gaps,
      unassignedIds,
    },
    settings,
  );
  step(1, 'done');
  return discovery;
}

interface Computed {
  sentences: ThemeSentence[];
  inputsHash: string;
  inputCount: number;
  vocabulary: Set<string>;
  points: DenseMatrix;
  clusters: SphericalKMeansResult;
  silhouettes: { k: number; silhouette: number }[];
  gaps: { k: number; gap: number; error: number }[];
  unassignedIds: string[];
}

function describe(
  { sentences, inputsHash, inputCount, vocabulary, points, clusters, silhouettes, gaps, unassignedIds }: Computed,
  settings: Settings,
): ThemeDiscovery {
  const groups = groupsBySize(clusters.labels, clusters.k);
  const labels = new Int32Array(sentences.length);
  groups.forEach((group, theme) => {
    for (const i of group) labels[i] = theme;
  });
  const words = sentences.map((sentence) => sentence.words);
  const labelWords = labelThemes(words, labels, groups.length, settings.labelWords, vocabulary);
  // Co-occurrence within contributions, of the label words only (all NPMI reads), every contribution a window.
  const labelBases = new Set(labelWords.flat().map((word) => word.base));
  const windowsBySource = new Map<string, string[]>();
  for (const sentence of sentences) {
    let window = windowsBySource.get(sentence.sourceId);
    if (!window) {
      window = [];
      windowsBySource.set(sentence.sourceId, window);
    }
    for (const word of sentence.words) if (labelBases.has(word.base)) window.push(word.base);
  }
  const windows = wordWindows([...windowsBySource.values()]);
  const sources = sentences.map((sentence) => sentence.sourceId);
  const themes = groups.map((group, theme) => ({
    label: labelWords[theme]!,
    sentenceIds: group.map((i) => sentences[i]!.id),
    quoteIds: chooseQuotes(points, group, meanOf(points, group), sources, { count: settings.quotes }).map((i) => sentences[i]!.id),
    coherence: npmiCoherence(
      labelWords[theme]!.map((word) => word.base),
      windows,
      windowsBySource.size,
    ),
  }));
  const assignments = new Map(sentences.map((sentence, i) => [sentence.id, labels[i]!]));
  const diversity = themeDiversity(labelWords.map((list) => list.map((word) => word.base)));
  const run: ThemeRun = {
    methodVersion: THEMES_METHOD_VERSION,
    inputsHash,
    inputCount,
    parameters: { ...settings },
    outputs: {
      themes: themes.map((theme) => ({
        label: theme.label.map((word) => word.surface),
        size: theme.sentenceIds.length,
        quoteIds: theme.quoteIds,
        coherence: theme.coherence,
      })),
      assignments: Object.fromEntries(assignments),
      unassignedIds,
      diversity,
      silhouettes,
      gaps,
    },
  };
  return { themes, assignments, unassignedIds, diversity, run };
}
