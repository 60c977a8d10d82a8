import { z } from 'zod';
import { flagSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';

/** Limits of rounds and records, shared by the forms, the API and the tests. */
export const DIALOGUES_LIMITS = {
  titleMax: 200,
  guideMax: 6000,
  questionsMax: 8,
  unitIdsMax: 300,
  idMax: 64,
  answerMax: 6000,
  participantsMax: 10_000,
  commitmentsMax: 12,
  commitmentWhatMax: 600,
  commitmentWhoMax: 120,
  /** Empty commitment rows the record form offers below the written ones. */
  commitmentSlots: 3,
  /** Rows of the coverage page's table by work community: the default and the most a page shows. */
  coveragePerPageDefault: 50,
  coveragePerPageMax: 200,
  coveragePageMax: 100_000,
} as const;

/** The page sizes the coverage page offers (any size up to the limit is taken from the URL). */
export const COVERAGE_PAGE_SIZES = [25, 50, 100, 200] as const;

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** An id of another row; existence is checked by the command. */
export const idSchema = z.string().trim().min(1).max(DIALOGUES_LIMITS.idMax);

/** A calendar date 'YYYY-MM-DD' that exists. */
export const dateSchema = z
  .string()
  .trim()
  .max(10)
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    params: { key: 'dialogues.validation.date' },
  });

const optionalDate = z.preprocess(blankToUndefined, dateSchema.optional()).transform((value) => value ?? null);

/** The lines of a text: one question a line, blank lines left out. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A round as the coordinator's form and the API send it. */
export const roundInputSchema = z
  .object({
    processId: idSchema,
    phaseId: z.preprocess(blankToUndefined, idSchema.optional()).transform((value) => value ?? null),
    title: localizedTextSchema(DIALOGUES_LIMITS.titleMax),
    groundRules: localizedTextSchema(DIALOGUES_LIMITS.guideMax, { required: false }).default({ fi: '' }),
    questions: localizedTextSchema(DIALOGUES_LIMITS.guideMax),
    material: localizedTextSchema(DIALOGUES_LIMITS.guideMax, { required: false }).default({ fi: '' }),
    facilitatorNotes: localizedTextSchema(DIALOGUES_LIMITS.guideMax, { required: false }).default({ fi: '' }),
    unitIds: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : value),
      z.array(idSchema).max(DIALOGUES_LIMITS.unitIdsMax).default([]),
    ),
    opensOn: dateSchema,
    dueOn: dateSchema,
  })
  .superRefine((value, context) => {
    const count = linesOf(value.questions.fi).length;
    if (count > DIALOGUES_LIMITS.questionsMax) {
      context.addIssue({ code: 'custom', path: ['questions', 'fi'], params: { key: 'dialogues.validation.tooManyQuestions' } });
    }
    for (const locale of ['sv', 'en'] as const) {
      const text = value.questions[locale];
      if (text !== undefined && linesOf(text).length !== count) {
        context.addIssue({ code: 'custom', path: ['questions', locale], params: { key: 'dialogues.validation.questionLines' } });
      }
    }
    if (value.dueOn < value.opensOn) {
      context.addIssue({ code: 'custom', path: ['dueOn'], params: { key: 'dialogues.validation.dueBeforeOpen' } });
    }
  });

/** A round's fields as the create and update actions take them. */
export type RoundInput = z.output<typeof roundInputSchema>;

/** One commitment row of the record form; a row with nothing written is left out. */
const commitmentSchema = z.object({
  what: z.preprocess((value) => value ?? '', z.string().trim().max(DIALOGUES_LIMITS.commitmentWhatMax)),
  whoRole: z.preprocess((value) => value ?? '', z.string().trim().max(DIALOGUES_LIMITS.commitmentWhoMax)),
  dueOn: optionalDate,
});

/** A commitment as the record takes it. */
export type CommitmentInput = z.output<typeof commitmentSchema>;

/** The commitment rows with something written in them (the form offers empty ones). */
export function writtenCommitments(rows: readonly CommitmentInput[]): CommitmentInput[] {
  return rows.filter((row) => row.what !== '' || row.whoRole !== '' || row.dueOn !== null);
}

/**
 * A work community's record: saved as a draft, or submitted (`submit`), when the date
 * and the number of participants are needed. No names: only how many took part.
 */
export const recordInputSchema = z
  .object({
    heldOn: optionalDate,
    participants: z
      .preprocess(blankToUndefined, z.coerce.number().int().min(1).max(DIALOGUES_LIMITS.participantsMax).optional())
      .transform((value) => value ?? null),
    answers: z
      .array(z.preprocess((value) => value ?? '', z.string().trim().max(DIALOGUES_LIMITS.answerMax)))
      .max(DIALOGUES_LIMITS.questionsMax)
      .default([]),
    commitments: z
      .array(commitmentSchema)
      .max(DIALOGUES_LIMITS.commitmentsMax + DIALOGUES_LIMITS.commitmentSlots)
      .default([]),
    /** Who may read the record: the unit (default) or the public. */
    visibility: z.enum(['unit', 'public']).default('unit'),
    submit: flagSchema.default(false),
  })
  .superRefine((value, context) => {
    if (writtenCommitments(value.commitments).length > DIALOGUES_LIMITS.commitmentsMax) {
      context.addIssue({ code: 'custom', path: ['commitments'], params: { key: 'dialogues.validation.tooManyCommitments' } });
    }
    // Errors name the row as the form numbers it, so blank rows are left out only after this check.
    value.commitments.forEach((row, index) => {
      if (row.what === '' && (row.whoRole !== '' || row.dueOn !== null)) {
        context.addIssue({ code: 'custom', path: ['commitments', index, 'what'], params: { key: 'dialogues.validation.commitmentWhat' } });
      }
    });
    if (!value.submit) return;
    if (value.heldOn === null) context.addIssue({ code: 'custom', path: ['heldOn'], params: { key: 'dialogues.validation.heldOnNeeded' } });
    if (value.participants === null) {
      context.addIssue({ code: 'custom', path: ['participants'], params: { key: 'dialogues.validation.participantsNeeded' } });
    }
  });

/** A record's fields as the save action takes them. */
export type RecordInput = z.output<typeof recordInputSchema>;

/** The coverage page's query: which page of the table by work community, and how many rows a page. */
export const coverageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(DIALOGUES_LIMITS.coveragePageMax).default(1),
  perPage: z.coerce.number().int().min(1).max(DIALOGUES_LIMITS.coveragePerPageMax).default(DIALOGUES_LIMITS.coveragePerPageDefault),
});

/** The path of one round. */
export const roundParamsSchema = z.object({ id: idSchema });

/** The path of one work community's dialogue in a round. */
export const recordParamsSchema = z.object({ id: idSchema, unitId: idSchema });

/** The path of one commitment of a work community's dialogue. */
export const commitmentParamsSchema = recordParamsSchema.extend({ commitmentId: idSchema });

/** A commitment's new status in its follow-up. */
export const commitmentStatusInputSchema = z.object({
  status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
});

/** The unit objective a commitment is linked to; empty unlinks it. */
export const commitmentObjectiveInputSchema = z.object({
  objectiveId: z.preprocess((value) => (value === undefined || value === '' ? null : value), idSchema.nullable()),
});
