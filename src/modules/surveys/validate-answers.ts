import type { FieldErrors, Message } from '../../platform/http/errors.ts';
import { isCalendarDate } from './calendar.ts';
import {
  type Answer,
  type Answers,
  activeChoices,
  activeQuestions,
  isEmptyAnswer,
  isQuestionShown,
  OTHER_CHOICE,
  type Question,
  type SurveyDefinition,
} from './model.ts';
import { SURVEY_LIMITS } from './schemas.ts';

/** The outcome of checking answers: the answers to keep (even when wrong, so forms show them) and the errors. */
export interface CheckedAnswers {
  answers: Answers;
  errors: FieldErrors;
}

/** The form field (and error key) of a question's answer. */
export function answerField(questionId: string): string {
  return `answers.${questionId}`;
}

/** Parses a typed number, accepting a decimal comma as Finnish and Swedish write it. */
export function parseNumber(value: number | string | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const cleaned = value.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : null;
}

/** Keeps only the fields of the question's type, trimmed, so drafts hold nothing foreign. */
function clean(question: Question, answer: Answer): Answer {
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return { text: answer.text?.trim() ?? '' };
    case 'single_choice':
    case 'multiple_choice':
      return { choiceIds: [...new Set(answer.choiceIds ?? [])], other: answer.other?.trim() ?? '' };
    case 'scale':
    case 'number':
      return { number: typeof answer.number === 'string' ? answer.number.trim() : answer.number };
    case 'date':
      return { date: answer.date?.trim() ?? '' };
    case 'ranking':
      return answer.rank ? { rank: answer.rank } : { ranking: answer.ranking ?? [] };
  }
}

function checkChoices(question: Question, answer: Answer): Message | null {
  const ids = answer.choiceIds ?? [];
  const allowed = new Set(activeChoices(question).map((choice) => choice.id));
  if (question.settings.allowOther) allowed.add(OTHER_CHOICE);
  if (ids.some((id) => !allowed.has(id))) return { key: 'surveys.answer.unknownChoice' };
  if (question.type === 'single_choice' && ids.length > 1) return { key: 'surveys.answer.oneChoice' };
  if (ids.includes(OTHER_CHOICE) && !answer.other) return { key: 'surveys.answer.otherMissing' };
  if (question.type === 'multiple_choice' && ids.length > 0) {
    const { minPicks, maxPicks } = question.settings;
    if (minPicks !== undefined && ids.length < minPicks) return { key: 'surveys.answer.tooFewPicks', values: { min: minPicks } };
    if (maxPicks !== undefined && ids.length > maxPicks) return { key: 'surveys.answer.tooManyPicks', values: { max: maxPicks } };
  }
  return null;
}

function checkNumber(question: Question, answer: Answer): Message | null {
  const number = parseNumber(answer.number);
  if (question.type === 'scale') {
    const min = question.settings.scaleMin ?? 1;
    const max = question.settings.scaleMax ?? 5;
    if (number === null || !Number.isInteger(number) || number < min || number > max) {
      return { key: 'surveys.answer.outOfRange', values: { min, max } };
    }
    return null;
  }
  if (number === null) return { key: 'surveys.answer.notNumber' };
  if (question.settings.integer && !Number.isInteger(number)) return { key: 'surveys.answer.notInteger' };
  const { numberMin, numberMax } = question.settings;
  if ((numberMin !== undefined && number < numberMin) || (numberMax !== undefined && number > numberMax)) {
    return { key: 'surveys.answer.outOfRange', values: { min: numberMin ?? '–', max: numberMax ?? '–' } };
  }
  return null;
}

/** The ranking as an ordered list of choice ids, from either the API's list or the form's positions. */
export function rankingOf(answer: Answer): string[] | null {
  if (!answer.rank) return answer.ranking ?? [];
  const entries = Object.entries(answer.rank).filter(([, position]) => position.trim() !== '');
  const positions = entries.map(([, position]) => Number(position));
  if (positions.some((position) => !Number.isInteger(position))) return null;
  if (new Set(positions).size !== positions.length) return null;
  return entries.sort((a, b) => Number(a[1]) - Number(b[1])).map(([choiceId]) => choiceId);
}

function checkRanking(question: Question, answer: Answer): Message | null {
  const order = rankingOf(answer);
  if (order === null) return { key: 'surveys.answer.rankDuplicate' };
  const allowed = activeChoices(question).map((choice) => choice.id);
  if (order.some((id) => !allowed.includes(id))) return { key: 'surveys.answer.unknownChoice' };
  if (new Set(order).size !== order.length) return { key: 'surveys.answer.rankDuplicate' };
  if (order.length !== allowed.length) return { key: 'surveys.answer.rankAll' };
  if (answer.rank) {
    const positions = Object.values(answer.rank).map(Number);
    if (positions.some((position) => position < 1 || position > allowed.length)) return { key: 'surveys.answer.rankAll' };
  }
  return null;
}

function checkText(question: Question, answer: Answer): Message | null {
  const defaultMax = question.type === 'short_text' ? SURVEY_LIMITS.shortTextMax : SURVEY_LIMITS.longTextMax;
  const max = Math.min(question.settings.maxLength ?? defaultMax, defaultMax);
  return (answer.text ?? '').length > max ? { key: 'platform.validation.tooLong', values: { max } } : null;
}

/** What is wrong with a non-empty answer to a question, or null. */
export function checkAnswer(question: Question, answer: Answer): Message | null {
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return checkText(question, answer);
    case 'single_choice':
    case 'multiple_choice':
      return checkChoices(question, answer);
    case 'scale':
    case 'number':
      return checkNumber(question, answer);
    case 'date':
      return isCalendarDate(answer.date ?? '') ? null : { key: 'platform.validation.date' };
    case 'ranking':
      return checkRanking(question, answer);
  }
}

/**
 * Merges the answers sent for some questions (`scope`: one section, or all)
 * into the answers so far and checks them. A question of the scope that was
 * not sent counts as unanswered (an unticked checkbox sends nothing). Answers
 * to questions a condition hides are dropped; answers naming questions that
 * no longer exist are an error, and every other answer is kept.
 */
export function validateAnswers(
  definition: SurveyDefinition,
  sent: Answers,
  options: { previous?: Answers; scope: Question[]; requireAnswers: boolean },
): CheckedAnswers {
  const errors: FieldErrors = {};
  const active = new Map(activeQuestions(definition).map((question) => [question.id, question]));
  const answers: Answers = {};
  for (const [questionId, answer] of Object.entries(options.previous ?? {})) {
    if (active.has(questionId)) answers[questionId] = answer;
  }
  for (const questionId of Object.keys(sent)) {
    if (!active.has(questionId)) errors.answers = { key: 'surveys.answer.questionRemoved' };
  }
  for (const question of options.scope) {
    const answer = sent[question.id];
    if (answer && !isEmptyAnswer(answer)) answers[question.id] = clean(question, answer);
    else delete answers[question.id];
  }
  for (const question of options.scope) {
    if (!isQuestionShown(definition, question, answers)) {
      delete answers[question.id];
      continue;
    }
    const answer = answers[question.id];
    const problem = isEmptyAnswer(answer)
      ? options.requireAnswers && question.required
        ? { key: 'surveys.answer.required' }
        : null
      : checkAnswer(question, answer as Answer);
    if (problem) errors[answerField(question.id)] = problem;
  }
  return { answers, errors };
}
