import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseCorpus, type CorpusRow } from '../corpus/load-corpus.ts';
import { discoverThemes } from '../themes/discover-themes.ts';
import { themeSentencesOf } from '../themes/theme-sentences.ts';
import { analyseApart, loaderArguments } from './analyse-apart.ts';
import { maxDocumentShareFor } from './document-share.ts';

const TOPICS = [
  'pyörätie talvi liukas keskusta kunnossapito hiekoitus lumi polkupyörä risteys valaistus katu auraus jalkakäytävä pyöräily työmatka',
  'kirjasto nuoret aukioloaika ilta sunnuntai lukusali harrastus kerho tila kokoontuminen lainaus kirja nuorisotalo pelit opiskelu',
  'satama puisto meri ranta kävelyreitti penkki laituri vene näköala uimaranta kahvila grilli aalto luonto retki',
].map((words) => words.split(' '));

/** Answers of four words from one topic each, chosen by a fixed sequence (no randomness). */
function rows(count: number): CorpusRow[] {
  let state = 7;
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  return Array.from({ length: count }, (_, n) => {
    const words = TOPICS[n % TOPICS.length]!;
    const text = `${words[next(15)]} ${words[next(15)]} ja ${words[next(15)]} sekä ${words[next(15)]}.`;
    return { id: `c${String(n).padStart(6, '0')}`, channel: 'surveys', text, language: 'fi' };
  });
}

describe('a theme run analysed in a process of its own', () => {
  it('gives exactly what the same analysis and discovery give in this process, the sentence map included', async () => {
    const input = rows(60);
    const progress: number[] = [];
    const outcome = await analyseApart({ rows: input, languages: [], seed: 3, minThemes: 2, maxThemes: 4 }, async ({ fraction }) => {
      progress.push(fraction);
      return 'go on';
    });
    assert.equal(outcome.kind, 'done');
    if (outcome.kind !== 'done') return;
    const corpus = analyseCorpus(input, []);
    const sentences = corpus.flatMap((entry) => themeSentencesOf(entry.contributionId, entry.analysis));
    const here = discoverThemes(sentences, {
      seed: 3,
      minThemes: 2,
      maxThemes: 4,
      maxDocumentShare: maxDocumentShareFor(sentences.length),
    });
    assert.deepEqual(outcome.corpus, corpus);
    assert.deepEqual(outcome.sentences, sentences);
    assert.ok(outcome.discovery.assignments instanceof Map);
    assert.deepEqual(outcome.discovery, here);
  });

  it('names a corpus that is empty after the language filter as such, without discovery', async () => {
    const outcome = await analyseApart({ rows: rows(5), languages: ['sv'], seed: 1, minThemes: 2, maxThemes: 4 }, async () => 'go on');
    assert.deepEqual(outcome, { kind: 'failed', reason: 'empty-corpus' });
  });

  it('stops the analysis where it is when the poll says stop, and when the job is aborted', async () => {
    let polls = 0;
    const stopped = await analyseApart({ rows: rows(20_000), languages: [], seed: 1, minThemes: 2, maxThemes: 20 }, async () => {
      polls += 1;
      return 'stop';
    });
    assert.deepEqual(stopped, { kind: 'stopped' });
    assert.equal(polls, 1);
    const controller = new AbortController();
    const pending = analyseApart(
      { rows: rows(20_000), languages: [], seed: 1, minThemes: 2, maxThemes: 20 },
      async () => 'go on',
      controller.signal,
    );
    controller.abort();
    assert.deepEqual(await pending, { kind: 'stopped' });
  });

  it('hands the child only the loader flags (tsx), never the test runner or other options', () => {
    assert.deepEqual(
      loaderArguments(['--import', 'tsx', '--test', '--test-concurrency=2', '--require=/x/preflight.cjs', '--max-old-space-size=4096']),
      ['--import', 'tsx', '--require=/x/preflight.cjs'],
    );
  });
});
