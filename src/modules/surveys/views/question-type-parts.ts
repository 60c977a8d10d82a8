import type { QuestionType } from '../tables.ts';

/**
 * The parts of the question form that belong to some question types only,
 * with the types each belongs to and the form fields it holds. The form shows
 * a part only for its types; the route drops the fields of the other types'
 * parts before checking, so a setting the manager cannot see never blocks a save.
 */
export const QUESTION_TYPE_PARTS = {
  choices: { types: ['single_choice', 'multiple_choice', 'ranking'], fields: ['choices'] },
  other: { types: ['single_choice', 'multiple_choice'], fields: ['allowOther'] },
  picks: { types: ['multiple_choice'], fields: ['minPicks', 'maxPicks'] },
  scale: { types: ['scale'], fields: ['scaleMin', 'scaleMax', 'minLabel', 'maxLabel'] },
  number: { types: ['number'], fields: ['numberMin', 'numberMax', 'integer'] },
  length: { types: ['short_text', 'long_text'], fields: ['maxLength'] },
} as const satisfies Record<string, { types: readonly QuestionType[]; fields: readonly string[] }>;

/** One of the type-specific parts. */
export type QuestionTypePart = keyof typeof QUESTION_TYPE_PARTS;

/** True when the part belongs to the type. */
export function partBelongsTo(part: QuestionTypePart, type: string): boolean {
  return (QUESTION_TYPE_PARTS[part].types as readonly string[]).includes(type);
}

/** The form without the fields of parts that do not belong to its type (the form as unflattened). */
export function withoutOtherTypesFields(form: Record<string, unknown>): Record<string, unknown> {
  const type = typeof form.type === 'string' ? form.type : '';
  const kept = { ...form };
  for (const [part, { fields }] of Object.entries(QUESTION_TYPE_PARTS)) {
    if (partBelongsTo(part as QuestionTypePart, type)) continue;
    for (const field of fields) delete kept[field];
  }
  return kept;
}
