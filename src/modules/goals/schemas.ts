import { z } from 'zod';
import { flagSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';

/** Limits of the module's fields, shared by the forms, the API and the tests. */
export const GOALS_LIMITS = {
  titleMax: 300,
  descriptionMax: 4000,
  idMax: 64,
  measureUnitMax: 40,
  sourceCodeMax: 100,
  commentMax: 2000,
  valueAbsMax: 1e12,
  yearMin: 2000,
  yearMax: 2100,
  importMax: 100,
  csvMax: 200_000,
  csvRowsMax: 2_000,
  /** An uploaded CSV file's bytes (the same text as may be pasted, with room for a byte-order mark and wide characters). */
  csvFileBytes: 600_000,
} as const;

const id = z.string().trim().max(GOALS_LIMITS.idMax);
const optionalId = id.optional().transform((value) => (value ? value : null));
/** An owner by e-mail (an account of the organisation with a role for the unit); empty is none. */
const ownerEmail = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value), { params: { key: 'goals.validation.email' } })
  .optional()
  .transform((value) => (value ? value.toLowerCase() : null));

const number = z
  .number({ error: 'goals.validation.number' })
  .finite({ error: 'goals.validation.number' })
  .min(-GOALS_LIMITS.valueAbsMax, { error: 'goals.validation.number' })
  .max(GOALS_LIMITS.valueAbsMax, { error: 'goals.validation.number' });

/** A number as a form posts it ("12,5" or "12.5"), or as JSON; empty is absent. */
function formNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
const requiredNumber = z.preprocess(formNumber, number);
const optionalNumber = z.preprocess(formNumber, number.optional());
/** A figure as a form posts it ("12,5" or "12.5"), or a JSON number; empty is absent. */
export const optionalFigureSchema = optionalNumber;

const year = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : value),
  z.number({ error: 'goals.validation.year' }).int().min(GOALS_LIMITS.yearMin).max(GOALS_LIMITS.yearMax),
);

const isoDate = z
  .string()
  .trim()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'goals.validation.date' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    params: { key: 'goals.validation.date' },
  });

/** A strategy goal: its title and description in fi (sv, en optional), and the story paragraph it cites, if any. */
export const goalInputSchema = z.object({
  title: localizedTextSchema(GOALS_LIMITS.titleMax),
  description: localizedTextSchema(GOALS_LIMITS.descriptionMax, { required: false }).default({ fi: '' }),
  paragraphId: optionalId,
});
export type GoalInput = z.output<typeof goalInputSchema>;

/** A unit's objective: the unit, its title and its owner (an account with a role for the unit). */
export const objectiveInputSchema = z.object({
  unitId: id.min(1, { error: 'goals.validation.unitRequired' }),
  title: localizedTextSchema(GOALS_LIMITS.titleMax),
  ownerEmail: ownerEmail,
});
export type ObjectiveInput = z.output<typeof objectiveInputSchema>;

export const INDICATOR_DIRECTIONS = ['up', 'down'] as const;
export const INDICATOR_SOURCES = ['manual', 'csv', 'statistic'] as const;

/** An indicator: definition, unit of measure, direction, data source and baseline. */
export const indicatorInputSchema = z
  .object({
    name: localizedTextSchema(GOALS_LIMITS.titleMax),
    definition: localizedTextSchema(GOALS_LIMITS.descriptionMax, { required: false }).default({ fi: '' }),
    measureUnit: z.string().trim().min(1).max(GOALS_LIMITS.measureUnitMax),
    direction: z.enum(INDICATOR_DIRECTIONS),
    sourceKind: z.enum(INDICATOR_SOURCES),
    sourceCode: z
      .string()
      .trim()
      .max(GOALS_LIMITS.sourceCodeMax)
      .optional()
      .transform((value) => (value ? value : null)),
    baselineValue: optionalNumber,
    baselineOn: z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional()),
    ownerEmail: ownerEmail,
  })
  .superRefine((value, issues) => {
    if (value.sourceKind === 'statistic' && !value.sourceCode)
      issues.addIssue({
        code: 'custom',
        path: ['sourceCode'],
        message: 'goals.validation.sourceCodeRequired',
        params: { key: 'goals.validation.sourceCodeRequired' },
      });
  });
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

/** A target for a year (replaces the year's earlier target). */
export const targetInputSchema = z.object({ year, targetValue: requiredNumber });
export type TargetInput = z.output<typeof targetInputSchema>;

/** A reporting round of the follow-up calendar. */
export const roundInputSchema = z
  .object({ name: localizedTextSchema(GOALS_LIMITS.titleMax), year, opensOn: isoDate, dueOn: isoDate })
  .superRefine((value, issues) => {
    if (value.dueOn < value.opensOn)
      issues.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'goals.validation.dueBeforeOpens',
        params: { key: 'goals.validation.dueBeforeOpens' },
      });
  });
export type RoundInput = z.output<typeof roundInputSchema>;

/** An indicator's actual figure in a round, with a comment. */
export const actualInputSchema = z.object({
  roundId: id.min(1, { error: 'goals.validation.roundRequired' }),
  actualValue: requiredNumber,
  comment: z.string().trim().max(GOALS_LIMITS.commentMax).default(''),
});
export type ActualInput = z.output<typeof actualInputSchema>;

/**
 * A reporter's figures from a mailed link: an actual and a comment per indicator id (`actual.<id>`,
 * `comment.<id>` on the form). Each figure is checked against the reporter's own indicators.
 */
export const reportInputSchema = z.object({
  actual: z.record(id, z.union([z.string().max(40), z.number()])).default({}),
  comment: z.record(id, z.string().trim().max(GOALS_LIMITS.commentMax)).default({}),
});
export type ReportInput = z.output<typeof reportInputSchema>;

export const processParams = z.object({ processId: id.min(1) });
export const roundParams = z.object({ roundId: id.min(1) });
export const reportParams = z.object({ token: z.string().trim().min(1).max(100) });
export const goalParams = z.object({ goalId: id.min(1) });
export const objectiveParams = z.object({ objectiveId: id.min(1) });
export const indicatorParams = z.object({ indicatorId: id.min(1) });
export const measureParams = z.object({ measureId: id.min(1) });

/** Which paragraphs of the approved story become goals (their block keys); at least one. */
export const importGoalsInputSchema = z.object({
  paragraphKeys: z
    .array(id.min(1))
    .max(GOALS_LIMITS.importMax)
    .default([])
    .refine((keys) => keys.length > 0, { params: { key: 'goals.validation.paragraphsRequired' } }),
});
export type ImportGoalsInput = z.output<typeof importGoalsInputSchema>;

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;

/** A measure (toimenpide) of an objective: what is done, its owner (a role for the unit), due day and how far it has got. */
export const measureInputSchema = z.object({
  title: localizedTextSchema(GOALS_LIMITS.titleMax),
  ownerEmail: ownerEmail,
  dueOn: z.preprocess((value) => (value === undefined ? '' : value), isoDate),
  status: z.enum(MEASURE_STATUSES, { error: 'goals.validation.measureStatus' }).default('planned'),
});
export type MeasureInput = z.output<typeof measureInputSchema>;

/** The published themes a goal draws on (replacing those it drew on); none is allowed. */
export const goalThemesInputSchema = z.object({
  themeIds: z.array(id.min(1)).max(GOALS_LIMITS.importMax).default([]),
});
export type GoalThemesInput = z.output<typeof goalThemesInputSchema>;

/** An uploaded file as the multipart parser hands it on (its bytes in base64), at most `csvFileBytes`; empty is none. */
const csvFile = z
  .string()
  .max(Math.ceil(GOALS_LIMITS.csvFileBytes / 3) * 4, { error: 'goals.validation.csvFileTooLarge' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'goals.validation.csvFileUnreadable' })
  .optional()
  .default('');

/**
 * Figures as CSV (the follow-up CSV's `indicator_id`, `round_id`, `actual` and `comment` columns): pasted as `csv`,
 * or uploaded as `file` (a multipart form's file, or base64 in the API's JSON); a file wins over pasted text.
 * The output is the text either way.
 */
export const actualsCsvInputSchema = z
  .object({
    csv: z.string().max(GOALS_LIMITS.csvMax, { error: 'goals.validation.csvTooLong' }).optional().default(''),
    file: csvFile,
  })
  .transform((input, context) => {
    const text = input.file === '' ? input.csv : decodeCsvFile(input.file);
    if (text === undefined) {
      context.addIssue({ code: 'custom', path: ['file'], params: { key: 'goals.validation.csvFileUnreadable' } });
      return z.NEVER;
    }
    if (text.trim() === '') {
      context.addIssue({ code: 'custom', path: ['csv'], params: { key: 'goals.validation.csvRequired' } });
      return z.NEVER;
    }
    return { csv: text };
  });

/** A file's bytes as UTF-8 text (a byte-order mark dropped); undefined when they are not UTF-8. */
function decodeCsvFile(base64: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
export type ActualsCsvInput = z.output<typeof actualsCsvInputSchema>;

/** Whether the signed-in person is mailed when what they said reaches a goal or an objective's status changes. */
export const traceMailInputSchema = z.object({ traceMail: flagSchema });
export type TraceMailInput = z.output<typeof traceMailInputSchema>;
