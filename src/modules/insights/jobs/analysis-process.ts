/**
 * The child process of a theme run: it analyses the corpus rows and finds the themes, the two
 * CPU-bound steps, so that the server that started it keeps answering pages meanwhile. It hears
 * one `start` message, reports progress, and answers with the result or the reason it failed;
 * the parent ends it (a cancel, the job's end) by killing it. Started by analyse-apart.ts.
 */
import { analyseCorpus, type CorpusEntry } from '../corpus/load-corpus.ts';
import { createTextAnalyser } from '../text/analyse.ts';
import type { LanguageGuess } from '../text/language.ts';
import { classifyIntoCodebook, ownLanguages } from '../themes/classify-into-codebook.ts';
import type { ThemeDiscovery, ThemeSentence } from '../themes/discover-themes.ts';
import { discoverThemes, ThemeDiscoveryError } from '../themes/discover-themes.ts';
import { themeSentencesOf } from '../themes/theme-sentences.ts';
import type { AnalysisReply, AnalysisRequest } from './analyse-apart.ts';
import { maxDocumentShareFor } from './document-share.ts';

function reply(message: AnalysisReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

const KNOWN_LANGUAGES = new Set(['fi', 'sv', 'en']);

/** The codebook's themes as the classifier reads them: each stored sentence analysed again, in its language. */
function codebookSentences(themes: NonNullable<AnalysisRequest['codebook']>['themes']): ThemeSentence[][] {
  const analyser = createTextAnalyser();
  return themes.map((sentences, theme) =>
    sentences.flatMap((sentence, index) =>
      themeSentencesOf(
        `codebook${theme}-${index}`,
        analyser.analyse(sentence.text, KNOWN_LANGUAGES.has(sentence.language) ? (sentence.language as LanguageGuess) : undefined),
      ),
    ),
  );
}

/** Each codebook theme's texts with its linked counterparts' texts, for sentences in a language the codebook lacks. */
function withCounterparts(codebook: NonNullable<AnalysisRequest['codebook']>) {
  return codebook.themes.map((texts, theme) => [
    ...texts,
    ...(codebook.counterparts?.[theme] ?? []).flatMap((other) => codebook.themes[other] ?? []),
  ]);
}

function themesOf(request: AnalysisRequest, corpus: readonly CorpusEntry[], sentences: ThemeSentence[]): ThemeDiscovery {
  if (request.codebook) {
    const languages = new Map(corpus.map((entry) => [entry.contributionId, entry.analysis.language as string]));
    return classifyIntoCodebook(codebookSentences(request.codebook.themes), sentences, {
      codebookId: request.codebook.id,
      minimumSimilarity: request.codebook.minimumSimilarity,
      crossLanguage: {
        themes: withCounterparts(request.codebook),
        languageOf: (sentence) => languages.get(sentence.sourceId) ?? 'unknown',
        ownLanguages: ownLanguages(request.codebook.themes),
      },
    });
  }
  return discoverThemes(sentences, {
    seed: request.seed,
    minThemes: request.minThemes,
    maxThemes: request.maxThemes,
    maxDocumentShare: maxDocumentShareFor(sentences.length),
    onProgress: (fraction, step) => void reply({ kind: 'progress', fraction: 0.3 + 0.7 * fraction, step }),
  });
}

process.once('message', async (request: AnalysisRequest) => {
  try {
    // The analysis is the first 30 % of the bar's share for this part, the discovery the rest.
    const corpus = analyseCorpus(
      request.rows,
      request.languages,
      (fraction) => void reply({ kind: 'progress', fraction: 0.3 * fraction, step: 'corpus' }),
    );
    const sentences = corpus.flatMap((entry) => themeSentencesOf(entry.contributionId, entry.analysis));
    if (corpus.length === 0) return await reply({ kind: 'failed', reason: 'empty-corpus' });
    // One contribution can be classified into a codebook; finding themes needs two at least.
    if (corpus.length < 2 && !request.codebook) return await reply({ kind: 'failed', reason: 'too-few-contributions' });
    const discovery = themesOf(request, corpus, sentences);
    await reply({ kind: 'done', corpus, sentences, discovery });
  } catch (error) {
    if (error instanceof ThemeDiscoveryError) await reply({ kind: 'failed', reason: error.reason });
    else await reply({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    process.disconnect?.();
  }
});
