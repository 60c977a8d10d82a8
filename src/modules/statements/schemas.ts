import { z } from 'zod';
import { flagSchema, optionalDateTimeSchema as platformDateTimeSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { AUDIENCES, CHANNEL_STATUSES, MODERATION_MODES, VOTE_VALUES, type VoteName } from './tables.ts';

/** Limits of the statements channel, shared by forms, the API, the import and tests. */
export const STATEMENT_LIMITS = {
  questionMax: 300,
  /** A statement written on the site: short enough to read on a phone at a glance. */
  statementMax: 300,
  /** An imported statement keeps its text whole (Polis exports hold longer ones). */
  importedStatementMax: 2000,
  seedStatementsMax: 200,
  statementsPerChannelMax: 2000,
  hiddenReasonMax: 500,
  audienceBodiesMax: 50,
  audienceUnitsMax: 200,
  idMax: 64,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a text has a character neither database stores as written (a lone surrogate or NUL). */
export function hasUnstorableCharacters(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** An id of another row; whether it exists is checked by the command (else 404 or 422). */
export const idSchema = z.string().trim().min(1).max(STATEMENT_LIMITS.idMax);

const optionalDateTimeSchema = platformDateTimeSchema('statements.validation.dateTime');

/** The text of one statement, written on the site. */
export const statementTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(STATEMENT_LIMITS.statementMax)
  .refine((text) => !hasUnstorableCharacters(text), { params: { key: 'statements.validation.badCharacters' } });

/** The seed statements of the settings form: one per line, blank lines ignored. */
const seedStatementsSchema = z
  .preprocess((value) => (value === undefined || value === null ? '' : value), z.string().max(STATEMENT_LIMITS.statementMax * 250))
  .transform((value, context) => {
    const lines = value
      .split(/\r\n|\n|\r/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length > STATEMENT_LIMITS.seedStatementsMax) {
      context.addIssue({
        code: 'custom',
        params: { key: 'statements.validation.tooManySeeds', values: { max: STATEMENT_LIMITS.seedStatementsMax } },
      });
    }
    lines.forEach((line, index) => {
      if (line.length > STATEMENT_LIMITS.statementMax || hasUnstorableCharacters(line)) {
        const values = { line: index + 1, max: STATEMENT_LIMITS.statementMax };
        context.addIssue({ code: 'custom', params: { key: 'statements.validation.seedLine', values } });
      }
    });
    return lines;
  });

/** The language the organiser's statements are written in. */
const seedLanguageSchema = z.preprocess(blankToUndefined, z.enum(['fi', 'sv', 'en']).default('fi'));

/** A channel's settings, as the admin form and the API send them. */
export const channelSettingsSchema = z
  .object({
    phaseId: z.preprocess(blankToUndefined, idSchema.optional()).transform((value) => value ?? null),
    question: localizedTextSchema(STATEMENT_LIMITS.questionMax),
    status: z.enum(CHANNEL_STATUSES),
    audience: z.enum(AUDIENCES),
    audienceBodyIds: z
      .preprocess(
        (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
        z.array(idSchema).max(STATEMENT_LIMITS.audienceBodiesMax),
      )
      .default([]),
    audienceUnitIds: z
      .preprocess(
        (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
        z.array(idSchema).max(STATEMENT_LIMITS.audienceUnitsMax),
      )
      .default([]),
    participantsMayAdd: flagSchema,
    moderation: z.enum(MODERATION_MODES),
    opensAt: optionalDateTimeSchema,
    closesAt: optionalDateTimeSchema,
    resultsPublic: flagSchema,
  })
  .superRefine((value, context) => {
    if (value.audience === 'bodies' && value.audienceBodyIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['audienceBodyIds'], params: { key: 'statements.validation.bodiesNeeded' } });
    }
    if (value.audience === 'units' && value.audienceUnitIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['audienceUnitIds'], params: { key: 'statements.validation.unitsNeeded' } });
    }
  });

/** A channel's settings as checked. */
export type ChannelSettings = z.output<typeof channelSettingsSchema>;

/** Creating a channel: its process, its settings and its first statements. */
export const createChannelSchema = z.object({
  processId: idSchema,
  settings: channelSettingsSchema,
  seedStatements: seedStatementsSchema,
  seedLanguage: seedLanguageSchema,
});

/** Statements a moderator or manager adds to a channel (published at once). */
export const addStatementsSchema = z.object({ seedStatements: seedStatementsSchema, seedLanguage: seedLanguageSchema });

/** A vote: which statement, and agree, disagree or pass. */
export const voteSchema = z.object({
  statementId: idSchema,
  vote: z.enum(Object.keys(VOTE_VALUES) as [VoteName, ...VoteName[]]),
});

/** A statement a participant writes. */
export const submitStatementSchema = z.object({
  text: statementTextSchema,
  language: z.enum(['fi', 'sv', 'en']).optional(),
});

/** A moderator's decision on a statement; hiding needs a reason the author can be told. */
export const moderateStatementSchema = z
  .object({
    decision: z.enum(['publish', 'hide']),
    reason: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(STATEMENT_LIMITS.hiddenReasonMax)
        .refine((text) => !hasUnstorableCharacters(text), { params: { key: 'statements.validation.badCharacters' } })
        .optional(),
    ),
  })
  .superRefine((value, context) => {
    if (value.decision === 'hide' && !value.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], params: { key: 'statements.validation.reasonNeeded' } });
    }
  });
