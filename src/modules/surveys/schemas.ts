import { z } from 'zod';
import { flagSchema, optionalDateTimeSchema as platformDateTimeSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { BACKGROUND_KINDS, QUESTION_TYPES } from './tables.ts';

/** Limits of survey fields and answers, shared by forms, the API and tests. */
export const SURVEY_LIMITS = {
  titleMax: 200,
  descriptionMax: 4000,
  questionTextMax: 500,
  helpMax: 1000,
  choiceLabelMax: 300,
  choicesMax: 40,
  audienceIdsMax: 100,
  idMax: 64,
  shortTextMax: 300,
  longTextMax: 5000,
  otherTextMax: 300,
  numberTextMax: 40,
  answersMax: 300,
  scaleMaxPoints: 10,
  emailMax: 254,
  idempotencyKeyMax: 100,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = String.fromCharCode(0);

function isUnsafe(text: string): boolean {
  return text.includes(NUL) || LONE_SURROGATE.test(text);
}

/** True when a text holds a NUL or a lone surrogate, which neither database can store as text. */
export function hasUnsafeText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return isUnsafe(value);
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, child]) => isUnsafe(key) || hasUnsafeText(child, depth + 1));
}

/** Refuses (422, not a database error) any input with characters that cannot be stored. */
export function storableText<Schema extends z.ZodType>(schema: Schema) {
  return z
    .unknown()
    .superRefine((value, context) => {
      if (hasUnsafeText(value)) context.addIssue({ code: 'custom', params: { key: 'surveys.validation.badCharacters' } });
    })
    .pipe(schema);
}

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** An optional whole number from a form field or JSON. */
const optionalInteger = (min: number, max: number) => z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).optional());

/** An optional number (decimals allowed) from a form field or JSON. */
const optionalNumber = z.preprocess(blankToUndefined, z.coerce.number().min(-1e12).max(1e12).optional());

/** An id of another row; existence is checked by the command. */
export const idSchema = z.string().trim().min(1).max(SURVEY_LIMITS.idMax);

const optionalId = z.preprocess(blankToUndefined, idSchema.nullable().optional()).transform((value) => value ?? null);

/** A survey's opening or closing time: blank is none (see the platform's optionalDateTimeSchema). */
export const optionalDateTimeSchema = platformDateTimeSchema('surveys.validation.dateTime');

/** A survey's settings, as the builder's form and the API send them. */
export const surveySettingsSchema = storableText(
  z
    .object({
      title: localizedTextSchema(SURVEY_LIMITS.titleMax),
      description: localizedTextSchema(SURVEY_LIMITS.descriptionMax, { required: false }).default({ fi: '' }),
      phaseId: optionalId,
      opensAt: optionalDateTimeSchema,
      closesAt: optionalDateTimeSchema,
      audience: z.enum(['anyone', 'signed_in', 'staff', 'units', 'bodies']).default('anyone'),
      audienceIds: z.preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z.array(idSchema).max(SURVEY_LIMITS.audienceIdsMax).default([]),
      ),
      anonymous: flagSchema.default(false),
      resultsPublic: flagSchema.default(false),
      status: z.enum(['draft', 'published']).default('draft'),
    })
    .superRefine((value, context) => {
      if ((value.audience === 'units' || value.audience === 'bodies') && value.audienceIds.length === 0) {
        context.addIssue({ code: 'custom', path: ['audienceIds'], params: { key: 'surveys.validation.audienceIds' } });
      }
    }),
);

/** The settings as parsed. */
export type SurveySettingsInput = z.output<typeof surveySettingsSchema>;

/** A section's title and introduction. */
export const sectionSchema = storableText(
  z.object({
    title: localizedTextSchema(SURVEY_LIMITS.titleMax),
    description: localizedTextSchema(SURVEY_LIMITS.descriptionMax, { required: false }).default({ fi: '' }),
  }),
);

/** A section as parsed. */
export type SectionInput = z.output<typeof sectionSchema>;

const choiceInputSchema = z.object({
  id: z.preprocess(blankToUndefined, idSchema.optional()),
  label: localizedTextSchema(SURVEY_LIMITS.choiceLabelMax, { required: false }),
});

const optionalLabel = localizedTextSchema(SURVEY_LIMITS.choiceLabelMax, { required: false }).default({ fi: '' });

const questionFields = z.object({
  sectionId: idSchema,
  type: z.enum(QUESTION_TYPES),
  text: localizedTextSchema(SURVEY_LIMITS.questionTextMax),
  help: localizedTextSchema(SURVEY_LIMITS.helpMax, { required: false }).default({ fi: '' }),
  required: flagSchema.default(false),
  background: z.preprocess(blankToUndefined, z.enum(BACKGROUND_KINDS).nullable().optional()).transform((value) => value ?? null),
  choices: z
    .array(choiceInputSchema)
    .max(SURVEY_LIMITS.choicesMax + 10)
    .default([])
    .transform((choices) => choices.filter((choice) => choice.label.fi.trim() !== '')),
  allowOther: flagSchema.default(false),
  minPicks: optionalInteger(0, SURVEY_LIMITS.choicesMax),
  maxPicks: optionalInteger(1, SURVEY_LIMITS.choicesMax),
  scaleMin: optionalInteger(0, 1),
  scaleMax: optionalInteger(2, SURVEY_LIMITS.scaleMaxPoints),
  minLabel: optionalLabel,
  maxLabel: optionalLabel,
  numberMin: optionalNumber,
  numberMax: optionalNumber,
  integer: flagSchema.default(false),
  maxLength: optionalInteger(1, SURVEY_LIMITS.longTextMax),
  conditionQuestionId: optionalId,
  conditionChoiceIds: z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(idSchema).max(SURVEY_LIMITS.choicesMax).default([]),
  ),
  confirm: flagSchema.default(false),
});

/** A question with its choices and settings; `confirm` accepts a change that archives answered data. */
export const questionSchema = storableText(questionFields.superRefine(checkQuestionRules));

/** A question as parsed. */
export type QuestionInput = z.output<typeof questionSchema>;

function checkQuestionRules(value: z.output<typeof questionFields>, context: z.RefinementCtx) {
  const issue = (path: string, key: string, values?: Record<string, number>) =>
    context.addIssue({ code: 'custom', path: [path], params: { key, values } });
  const { type, choices, minPicks, maxPicks, numberMin, numberMax } = value;
  if ((type === 'single_choice' || type === 'multiple_choice' || type === 'ranking') && choices.length < 2) {
    issue('choices', 'surveys.validation.twoChoices');
  }
  if (choices.length > SURVEY_LIMITS.choicesMax) issue('choices', 'platform.validation.tooManyItems', { max: SURVEY_LIMITS.choicesMax });
  if (minPicks !== undefined && maxPicks !== undefined && minPicks > maxPicks) issue('maxPicks', 'surveys.validation.minOverMax');
  if (numberMin !== undefined && numberMax !== undefined && numberMin > numberMax) issue('numberMax', 'surveys.validation.minOverMax');
  if (value.conditionQuestionId && value.conditionChoiceIds.length === 0) {
    issue('conditionChoiceIds', 'surveys.validation.conditionChoices');
  }
}

/** One answer as sent: the fields of its question's type (checked against the question by validateAnswers). */
export const answerInputSchema = z.object({
  text: z.string().max(SURVEY_LIMITS.longTextMax).optional(),
  choiceIds: z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(z.string().max(SURVEY_LIMITS.idMax))
      .max(SURVEY_LIMITS.choicesMax + 1)
      .optional(),
  ),
  other: z.string().max(SURVEY_LIMITS.otherTextMax).optional(),
  number: z.union([z.number(), z.string().max(SURVEY_LIMITS.numberTextMax)]).optional(),
  date: z.string().max(10, { message: 'platform.validation.date' }).optional(),
  ranking: z.array(z.string().max(SURVEY_LIMITS.idMax)).max(SURVEY_LIMITS.choicesMax).optional(),
  rank: z.record(z.string().max(SURVEY_LIMITS.idMax), z.string().max(4)).optional(),
});

/** Answers by question id. */
export const answersInputSchema = z
  .record(z.string().max(SURVEY_LIMITS.idMax), answerInputSchema)
  .refine((answers) => Object.keys(answers).length <= SURVEY_LIMITS.answersMax, {
    params: { key: 'platform.validation.tooManyItems', values: { max: SURVEY_LIMITS.answersMax } },
  });

/** A submission through the API (and the last page of the form). */
export const submitResponseSchema = storableText(
  z.object({
    answers: answersInputSchema.default({}),
    idempotencyKey: z.preprocess(blankToUndefined, z.string().trim().max(SURVEY_LIMITS.idempotencyKeyMax).optional()),
    receiptEmail: z.preprocess(blankToUndefined, z.email().max(SURVEY_LIMITS.emailMax).optional()),
  }),
);

/** A submission as parsed. */
export type SubmitResponseInput = z.output<typeof submitResponseSchema>;

/** What one section's form posts: its answers, where to go next, and on the last page the receipt address. */
export const sectionFormSchema = storableText(
  z.object({
    answers: answersInputSchema.default({}),
    action: z.enum(['next', 'previous', 'save', 'submit']).default('next'),
    idempotencyKey: z.preprocess(blankToUndefined, z.string().trim().max(SURVEY_LIMITS.idempotencyKeyMax).optional()),
    receiptEmail: z.preprocess(blankToUndefined, z.email().max(SURVEY_LIMITS.emailMax).optional()),
  }),
);

/** An id in a URL path: anything that cannot be an id simply finds nothing (404), like an unknown one. */
export const pathIdSchema = z.string().max(200);
