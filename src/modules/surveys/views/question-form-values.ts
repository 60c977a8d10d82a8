import { isFlagSet } from '../../../platform/http/validation.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Question } from '../model.ts';

/** The question form's values: a saved question's, or what was sent when it had errors. */
export interface QuestionFormValues {
  sectionId: string;
  type: string;
  text: Partial<LocalizedText>;
  help: Partial<LocalizedText>;
  required: boolean;
  background: string;
  choices: Array<{ id?: string | undefined; label: Partial<LocalizedText> }>;
  allowOther: boolean;
  minPicks: string;
  maxPicks: string;
  scaleMin: string;
  scaleMax: string;
  minLabel: Partial<LocalizedText>;
  maxLabel: Partial<LocalizedText>;
  numberMin: string;
  numberMax: string;
  integer: boolean;
  maxLength: string;
  conditionQuestionId: string;
  conditionChoiceIds: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const localized = (value: unknown): Partial<LocalizedText> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, text(item)])) : {};
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : typeof value === 'string' ? [value] : []);

/** The form of a new question of a type in a section. */
export function emptyQuestionValues(sectionId: string, type: string): QuestionFormValues {
  return formValuesOf({ sectionId, type });
}

/** The form values of a saved question. */
export function questionValues(question: Question): QuestionFormValues {
  const { settings } = question;
  return {
    ...formValuesOf({}),
    sectionId: question.sectionId,
    type: question.type,
    text: question.text,
    help: question.help,
    required: question.required,
    background: question.background ?? '',
    choices: question.choices.filter((choice) => !choice.removed).map((choice) => ({ id: choice.id, label: choice.label })),
    allowOther: settings.allowOther ?? false,
    minPicks: text(settings.minPicks),
    maxPicks: text(settings.maxPicks),
    scaleMin: text(settings.scaleMin),
    scaleMax: text(settings.scaleMax),
    minLabel: settings.minLabel ?? {},
    maxLabel: settings.maxLabel ?? {},
    numberMin: text(settings.numberMin),
    numberMax: text(settings.numberMax),
    integer: settings.integer ?? false,
    maxLength: text(settings.maxLength),
    conditionQuestionId: question.condition?.questionId ?? '',
    conditionChoiceIds: question.condition?.choiceIds ?? [],
  };
}

/** The form values as sent (unflattened), for showing the form again with its errors. */
export function formValuesOf(form: Record<string, unknown>): QuestionFormValues {
  const choices = Array.isArray(form.choices) ? form.choices : [];
  return {
    sectionId: text(form.sectionId),
    type: text(form.type) || 'short_text',
    text: localized(form.text),
    help: localized(form.help),
    required: isFlagSet(form.required),
    background: text(form.background),
    choices: choices.map((choice: Record<string, unknown>) => ({ id: text(choice?.id) || undefined, label: localized(choice?.label) })),
    allowOther: isFlagSet(form.allowOther),
    minPicks: text(form.minPicks),
    maxPicks: text(form.maxPicks),
    scaleMin: text(form.scaleMin),
    scaleMax: text(form.scaleMax),
    minLabel: localized(form.minLabel),
    maxLabel: localized(form.maxLabel),
    numberMin: text(form.numberMin),
    numberMax: text(form.numberMax),
    integer: isFlagSet(form.integer),
    maxLength: text(form.maxLength),
    conditionQuestionId: text(form.conditionQuestionId),
    conditionChoiceIds: list(form.conditionChoiceIds),
  };
}
