import { Refusal, refuse } from '../../../platform/domain/refusal.ts';
import {
  activeChoices,
  hasChoices,
  type Question,
  type QuestionCondition,
  type QuestionSettings,
  type SurveyDefinition,
} from '../model.ts';
import type { QuestionInput } from '../schemas.ts';

/** 409 asking the manager to confirm a change that archives answered data. */
export const confirmRequired = () => new Refusal('conflict', 'surveys.builder.confirmRequired', {}, {}, 'confirm-required');

/** The settings of the question's type, from the builder's input. */
export function settingsOf(input: QuestionInput): QuestionSettings {
  switch (input.type) {
    case 'short_text':
    case 'long_text':
      return input.maxLength ? { maxLength: input.maxLength } : {};
    case 'single_choice':
      return { allowOther: input.allowOther };
    case 'multiple_choice':
      return { allowOther: input.allowOther, minPicks: input.minPicks, maxPicks: input.maxPicks };
    case 'scale':
      return { scaleMin: input.scaleMin ?? 1, scaleMax: input.scaleMax ?? 5, minLabel: input.minLabel, maxLabel: input.maxLabel };
    case 'number':
      return { numberMin: input.numberMin, numberMax: input.numberMax, integer: input.integer };
    default:
      return {};
  }
}

function orderIndex(definition: SurveyDefinition, sectionId: string, position: number): number {
  const sectionIndex = definition.sections.findIndex((section) => section.id === sectionId);
  return sectionIndex * 1_000_000 + position;
}

/**
 * The condition of a question, checked: it must name an earlier, active
 * single or multiple choice question of the survey and some of its choices.
 */
export function conditionOf(
  definition: SurveyDefinition,
  input: QuestionInput,
  placement: { id: string | null; sectionId: string; position: number },
): QuestionCondition | null {
  if (!input.conditionQuestionId) return null;
  const source = definition.questions.find((question) => question.id === input.conditionQuestionId && !question.removed);
  const before =
    source && orderIndex(definition, source.sectionId, source.position) < orderIndex(definition, placement.sectionId, placement.position);
  if (!source || source.id === placement.id || !before || !hasChoices(source.type) || source.type === 'ranking') {
    throw refuse.invalid({ conditionQuestionId: { key: 'surveys.validation.conditionOrder' } });
  }
  const choiceIds = new Set(activeChoices(source).map((choice) => choice.id));
  if (input.conditionChoiceIds.some((id) => !choiceIds.has(id)))
    throw refuse.invalid({ conditionChoiceIds: { key: 'platform.validation.choice' } });
  return { questionId: source.id, choiceIds: [...new Set(input.conditionChoiceIds)] };
}

/** Refuses choice ids that are not the question's own. */
export function checkChoiceIds(existing: Question | undefined, input: QuestionInput): void {
  const own = new Set((existing?.choices ?? []).map((choice) => choice.id));
  if (input.choices.some((choice) => choice.id && !own.has(choice.id)))
    throw refuse.invalid({ choices: { key: 'platform.validation.choice' } });
}

/** The next free choice code of a question (c1, c2 …), never reusing a removed one's. */
export function nextChoiceNumber(question: Question | undefined): number {
  const numbers = (question?.choices ?? []).map((choice) => Number(choice.code.slice(1))).filter(Number.isFinite);
  return Math.max(0, ...numbers) + 1;
}
