import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { BackgroundKind, QuestionType, SurveyAudience, SurveyStatus } from './tables.ts';

/** The value of the "other, what?" option among a question's choice ids. */
export const OTHER_CHOICE = 'other';

/** Per-type settings of a question; only those of its type are used. */
export interface QuestionSettings {
  maxLength?: number;
  allowOther?: boolean;
  minPicks?: number;
  maxPicks?: number;
  scaleMin?: number;
  scaleMax?: number;
  minLabel?: LocalizedText;
  maxLabel?: LocalizedText;
  numberMin?: number;
  numberMax?: number;
  integer?: boolean;
}

/** Show the question only when an earlier choice question has one of these choices. */
export interface QuestionCondition {
  questionId: string;
  choiceIds: string[];
}

/** A survey's own settings. */
export interface Survey {
  id: string;
  organisationId: string;
  processId: string;
  phaseId: string | null;
  title: LocalizedText;
  description: LocalizedText;
  status: SurveyStatus;
  opensAt: string | null;
  closesAt: string | null;
  audience: SurveyAudience;
  audienceIds: string[];
  anonymous: boolean;
  resultsPublic: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A section: one page of the answering form. */
export interface Section {
  id: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
}

/** A choice of a choice or ranking question. */
export interface Choice {
  id: string;
  code: string;
  position: number;
  label: LocalizedText;
  removed: boolean;
}

/** A question with its choices (removed ones included, so old answers keep their labels). */
export interface Question {
  id: string;
  sectionId: string;
  code: string;
  position: number;
  type: QuestionType;
  text: LocalizedText;
  help: LocalizedText;
  required: boolean;
  background: BackgroundKind | null;
  settings: QuestionSettings;
  condition: QuestionCondition | null;
  removed: boolean;
  choices: Choice[];
}

/** A survey with everything the form, results and exports need. */
export interface SurveyDefinition {
  survey: Survey;
  sections: Section[];
  /** Every question, removed ones too, in section then question order. */
  questions: Question[];
}

/** One question's answer; the fields used depend on the question's type. */
export interface Answer {
  text?: string;
  choiceIds?: string[];
  other?: string;
  number?: number | string;
  date?: string;
  /** Choice ids, the first ranked highest. */
  ranking?: string[];
  /** Form input of a ranking: choice id → position as typed. */
  rank?: Record<string, string>;
}

/** A response's answers by question id. */
export type Answers = Record<string, Answer>;

/** The questions respondents see now (removed ones are only kept for their answers). */
export function activeQuestions(definition: SurveyDefinition): Question[] {
  return definition.questions.filter((question) => !question.removed);
}

/** The active questions of one section, in order. */
export function questionsOfSection(definition: SurveyDefinition, sectionId: string): Question[] {
  return activeQuestions(definition).filter((question) => question.sectionId === sectionId);
}

/** The active choices of a question, in order. */
export function activeChoices(question: Question): Choice[] {
  return question.choices.filter((choice) => !choice.removed);
}

/** True when a question has choices (and so conditions and cross-tabs can use it). */
export function hasChoices(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_choice' || type === 'ranking';
}

/** True for free-text question types, whose answers are also contributions. */
export function isTextType(type: QuestionType): boolean {
  return type === 'short_text' || type === 'long_text';
}

/** True when an answer holds nothing (an unanswered question). */
export function isEmptyAnswer(answer: Answer | undefined): boolean {
  if (!answer) return true;
  const number = typeof answer.number === 'string' ? answer.number.trim() : answer.number;
  const ranks = Object.values(answer.rank ?? {}).filter((value) => value.trim() !== '');
  return (
    !answer.text?.trim() &&
    !(answer.choiceIds && answer.choiceIds.length > 0) &&
    (number === undefined || number === '') &&
    !answer.date?.trim() &&
    !(answer.ranking && answer.ranking.length > 0) &&
    ranks.length === 0
  );
}

/**
 * Whether a question is shown given the answers so far: its condition's
 * question must be shown and answered with one of the condition's choices.
 * A condition on a removed question no longer restricts anything.
 */
export function isQuestionShown(definition: SurveyDefinition, question: Question, answers: Answers, depth = 0): boolean {
  if (!question.condition || depth > 20) return true;
  const source = definition.questions.find((candidate) => candidate.id === question.condition?.questionId);
  if (!source || source.removed) return true;
  if (!isQuestionShown(definition, source, answers, depth + 1)) return false;
  const chosen = answers[source.id]?.choiceIds ?? [];
  return chosen.some((choiceId) => question.condition?.choiceIds.includes(choiceId));
}

/** Whether the survey takes answers at this moment (published, opened and not closed). */
export function isOpen(survey: Survey, now: Date): boolean {
  const at = now.toISOString();
  if (survey.status !== 'published') return false;
  if (survey.opensAt && at < survey.opensAt) return false;
  return !(survey.closesAt && at >= survey.closesAt);
}
