import { demoTexts } from './demo-texts.ts';
import { type Answers, OTHER_CHOICE, type Question, type SurveyDefinition } from './model.ts';

/** A small deterministic PRNG (mulberry32): the same demo every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function weighted(random: Random, weights: number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = random() * total;
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

/** How often each choice is picked, by question key (the demo's plausible shape of opinion). */
const CHOICE_WEIGHTS: Record<string, number[]> = {
  values: [9, 8, 4, 6, 5, 3, 4, 6],
  recommend: [65, 25, 10],
  age: [6, 20, 28, 30, 16],
  area: [22, 24, 20, 18, 8, 8],
  livability: [3, 8, 22, 42, 25],
};

const RELATION_SHARES = [0.9, 0.45, 0.1, 0.06, 0.05];

/** How often an optional text question is answered. */
const TEXT_SHARES: Record<string, number> = { story: 0.65, continue: 1, happen: 0.7, together: 0.6, deed: 0.5 };

function textFor(random: Random, key: string, locale: 'fi' | 'sv' | 'en'): string {
  const pool = demoTexts[key];
  if (!pool) return '';
  const first = pick(random, pool[locale]);
  if (locale !== 'fi' || random() > 0.25) return first;
  const second = pick(random, pool.fi);
  return second === first ? first : `${first} ${second}`;
}

function answerFor(random: Random, key: string, question: Question, locale: 'fi' | 'sv' | 'en'): Answers[string] | null {
  const choices = question.choices.map((choice) => choice.id);
  switch (question.type) {
    case 'long_text':
    case 'short_text':
      return random() < (TEXT_SHARES[key] ?? 0.5) ? { text: textFor(random, key, locale) } : null;
    case 'scale':
      return { number: (question.settings.scaleMin ?? 1) + weighted(random, CHOICE_WEIGHTS[key] ?? [1, 1, 1, 1, 1]) };
    case 'single_choice':
      return { choiceIds: [choices[weighted(random, CHOICE_WEIGHTS[key] ?? choices.map(() => 1))] ?? ''] };
    case 'ranking': {
      if (random() > 0.8) return null;
      const keyed = choices.map((id, index) => ({ id, sort: random() + index * 0.12 }));
      return { ranking: keyed.sort((a, b) => a.sort - b.sort).map((entry) => entry.id) };
    }
    case 'multiple_choice':
      return multipleFor(random, key, question, locale);
    default:
      return null;
  }
}

function multipleFor(random: Random, key: string, question: Question, locale: 'fi' | 'sv' | 'en'): Answers[string] {
  const choices = question.choices.map((choice) => choice.id);
  if (key === 'relation') {
    const chosen = choices.filter((_, index) => random() < (RELATION_SHARES[index] ?? 0.1));
    return { choiceIds: chosen.length ? chosen : [choices[0] ?? ''] };
  }
  const count = 1 + weighted(random, [2, 4, 5]);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(choices[weighted(random, CHOICE_WEIGHTS[key] ?? choices.map(() => 1))] ?? '');
  if (question.settings.allowOther && random() < 0.06) {
    return {
      choiceIds: [...chosen].slice(0, (question.settings.maxPicks ?? 3) - 1).concat(OTHER_CHOICE),
      other: textFor(random, 'valuesOther', locale),
    };
  }
  return { choiceIds: [...chosen] };
}

/** One demo respondent: the language of the form, when they answered, and their answers. */
export interface DemoRespondent {
  locale: 'fi' | 'sv' | 'en';
  submittedAt: string;
  answers: Answers;
}

/**
 * Generates a survey's demo respondents, mostly Finnish-speaking with some
 * Swedish and English, answering over the survey's first forty days with a
 * peak at the start and another around Rauma Day.
 */
export function generateRespondents(
  definition: SurveyDefinition,
  keys: Map<string, string>,
  count: number,
  seed: number,
): DemoRespondent[] {
  const random = seededRandom(seed);
  const keyOf = new Map([...keys].map(([key, id]) => [id, key]));
  const start = Date.parse(definition.survey.opensAt ?? '2013-03-08T06:00:00Z');
  return Array.from({ length: count }, () => {
    const locale = (['fi', 'sv', 'en'] as const)[weighted(random, [85, 9, 6])] ?? 'fi';
    const day = random() < 0.2 ? Math.floor(random() * 4) : random() < 0.15 ? 38 + Math.floor(random() * 2) : Math.floor(random() * 40);
    const submittedAt = new Date(start + day * 86_400_000 + Math.floor(random() * 14 * 3_600_000)).toISOString();
    const answers: Answers = {};
    for (const question of definition.questions) {
      const answer = answerFor(random, keyOf.get(question.id) ?? '', question, locale);
      if (answer) answers[question.id] = answer;
    }
    return { locale, submittedAt, answers };
  });
}
