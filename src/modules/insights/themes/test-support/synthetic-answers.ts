/**
 * Generated open answers for tests and the benchmark: each answer has a few
 * sentences, each sentence about one of several topics, made of that
 * topic's words mixed with words common to all topics. The words are
 * syllable strings with a few Finnish-like endings, so word forms vary.
 */

import { type Random, seededRandom } from '../../../../platform/random/seeded-random.ts';
import type { ThemeSentence } from '../discover-themes.ts';

const syllables = ['ka', 'lo', 'mi', 'su', 'te', 'ra', 'no', 'vi', 'pe', 'ju', 'ha', 'ki', 'to', 'sa', 'mu', 'le'];
const endings = ['', '', 'n', 'ssa', 'lle', 't', 'a'];

function makeWord(random: Random): string {
  const length = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < length; i++) word += syllables[Math.floor(random() * syllables.length)];
  return word;
}

/** Options for syntheticSentences. */
export interface SyntheticOptions {
  answers: number;
  sentencesPerAnswer: number;
  wordsPerSentence: number;
  topics: number;
  seed: number;
  /** Share of a sentence's words drawn from its topic (the rest are common words; default 0.5). */
  topicShare?: number;
}

/** Sentences with their true topic; ids are answer:sentence, sources the answer. */
export function syntheticSentences(options: SyntheticOptions): { sentences: ThemeSentence[]; topics: number[]; texts: string[] } {
  const random = seededRandom(options.seed);
  const vocabulary = (count: number) => Array.from({ length: count }, () => makeWord(random));
  const topicWords = Array.from({ length: options.topics }, () => vocabulary(40));
  const common = vocabulary(400);
  const sentences: ThemeSentence[] = [];
  const topics: number[] = [];
  const texts: string[] = [];
  for (let a = 0; a < options.answers; a++) {
    for (let s = 0; s < options.sentencesPerAnswer; s++) {
      const topic = Math.floor(random() * options.topics);
      const words = Array.from({ length: options.wordsPerSentence }, () => {
        const pool = random() < (options.topicShare ?? 0.5) ? topicWords[topic]! : common;
        const base = pool[Math.floor(random() * pool.length)]!;
        return { base, surface: base + endings[Math.floor(random() * endings.length)] };
      });
      const text = `${words.map((word) => word.surface).join(' ')}.`;
      sentences.push({ id: `${String(a).padStart(6, '0')}:${s}`, sourceId: String(a), text, words });
      topics.push(topic);
      texts.push(text);
    }
  }
  return { sentences, topics, texts };
}
