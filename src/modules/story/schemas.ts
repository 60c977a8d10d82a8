import { z } from 'zod';
import { flagSchema, optionalDateTimeSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { PROCESS_SLUG_MAX_LENGTH } from '../processes/index.ts';
import { COMMENT_AUDIENCES, RESPONSE_OUTCOMES } from './tables.ts';

/** Limits of the story's texts, shared by the forms, the API and the tests. */
export const STORY_LIMITS = {
  blockMax: 5000,
  blocksMax: 200,
  changelogMax: 2000,
  keyMax: 64,
  versionMax: 100_000,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasUnsafeText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(String.fromCharCode(0)) || LONE_SURROGATE.test(value);
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((child) => hasUnsafeText(child, depth + 1));
}

/** Refuses (422) input holding characters that neither database stores as text, before the schema reads it. */
export function storableText<Schema extends z.ZodType>(schema: Schema) {
  return z
    .unknown()
    .superRefine((value, context) => {
      if (hasUnsafeText(value)) context.addIssue({ code: 'custom', params: { key: 'story.validation.badCharacters' } });
    })
    .pipe(schema);
}

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** One heading or paragraph as an editor sends it; a block with no text in any language is left out. */
export const blockInputSchema = z.object({
  key: z.preprocess(blankToUndefined, z.string().trim().max(STORY_LIMITS.keyMax).optional()),
  kind: z.enum(['heading', 'paragraph']).default('paragraph'),
  text: localizedTextSchema(STORY_LIMITS.blockMax, { required: false }),
});

/** A new version: the number it was written on (0 for the first), what changed, and every block in order. */
export const versionInputSchema = storableText(
  z.object({
    baseNumber: z.coerce.number().int().min(0).max(STORY_LIMITS.versionMax),
    changelog: localizedTextSchema(STORY_LIMITS.changelogMax),
    blocks: z.array(blockInputSchema).max(STORY_LIMITS.blocksMax).default([]),
  }),
);

/** A new version as parsed. */
export type VersionInput = z.output<typeof versionInputSchema>;

/** A process in a path. */
export const processParamsSchema = z.object({
  slug: z.string().min(1).max(PROCESS_SLUG_MAX_LENGTH),
});

/** A version of a process in a path. */
export const versionParamsSchema = processParamsSchema.extend({
  number: z.coerce.number().int().min(1).max(STORY_LIMITS.versionMax),
});

/** The two versions a comparison shows. */
export const diffQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(STORY_LIMITS.versionMax),
  to: z.coerce.number().int().min(1).max(STORY_LIMITS.versionMax),
});

/** Limits of a comment and a comment period. */
export const COMMENT_LIMITS = { bodyMax: 4000, passageMax: 1000, audienceIdsMax: 100, idMax: 64, reasonMax: 500 } as const;

const idSchema = z.string().trim().min(1).max(COMMENT_LIMITS.idMax);
const optionalId = z.preprocess(blankToUndefined, idSchema.optional()).transform((value) => value ?? null);

const optionalDateTime = optionalDateTimeSchema('story.validation.dateTime');

/** When and for whom a version takes comments: the same audiences as every channel. */
export const commentPeriodInputSchema = storableText(
  z
    .object({
      phaseId: optionalId,
      opensAt: optionalDateTime,
      closesAt: optionalDateTime,
      audience: z.enum(COMMENT_AUDIENCES).default('anyone'),
      audienceIds: z.preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z.array(idSchema).max(COMMENT_LIMITS.audienceIdsMax).default([]),
      ),
    })
    .superRefine((value, context) => {
      if ((value.audience === 'units' || value.audience === 'bodies') && value.audienceIds.length === 0) {
        context.addIssue({ code: 'custom', path: ['audienceIds'], params: { key: 'story.validation.audienceIds' } });
      }
    }),
);

/** A comment period as parsed. */
export type CommentPeriodInput = z.output<typeof commentPeriodInputSchema>;

/** A comment on a paragraph, or on a passage of it (the passage is a part of the paragraph's text). */
export const commentInputSchema = storableText(
  z.object({
    blockKey: z.string().trim().min(1).max(STORY_LIMITS.keyMax),
    passage: z
      .preprocess(blankToUndefined, z.string().trim().max(COMMENT_LIMITS.passageMax).optional())
      .transform((value) => value ?? null),
    body: z.string().trim().min(1).max(COMMENT_LIMITS.bodyMax),
    /** Opt-in: an e-mail to the account once the comment gets its official response (visitors have no address here). */
    notify: flagSchema.default(false),
  }),
);

/** A comment as parsed. */
export type CommentInput = z.output<typeof commentInputSchema>;

/** The reading page's query: one paragraph whose comments are shown further, to the given page of them. */
export const readingQuerySchema = z.object({
  paragraph: z.string().trim().min(1).max(STORY_LIMITS.keyMax).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

/** The paragraph a comment form is for, and the passage selected in it (by the page's script). */
export const commentFormQuerySchema = z.object({
  block: z.string().trim().min(1).max(STORY_LIMITS.keyMax),
  passage: z.string().max(COMMENT_LIMITS.passageMax).optional(),
});

/** An official response to one comment or a group of them. */
export const responseInputSchema = storableText(
  z
    .object({
      commentIds: z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(idSchema).min(1).max(500)),
      outcome: z.enum(RESPONSE_OUTCOMES),
      text: localizedTextSchema(COMMENT_LIMITS.bodyMax),
      changedBlockKey: z
        .preprocess(blankToUndefined, z.string().trim().max(STORY_LIMITS.keyMax).optional())
        .transform((value) => value ?? null),
      publish: flagSchema.default(false),
    })
    .superRefine((value, context) => {
      if (value.outcome === 'taken' && !value.changedBlockKey) {
        context.addIssue({ code: 'custom', path: ['changedBlockKey'], params: { key: 'story.validation.changedBlock' } });
      }
    }),
);

/** A moderator hides a comment with a reason the commenter may be told, or restores it. */
export const moderateCommentInputSchema = storableText(
  z
    .object({
      decision: z.enum(['hide', 'restore']),
      reason: z
        .preprocess(blankToUndefined, z.string().trim().max(COMMENT_LIMITS.reasonMax).optional())
        .transform((value) => value ?? null),
    })
    .superRefine((value, context) => {
      if (value.decision === 'hide' && !value.reason) {
        context.addIssue({ code: 'custom', path: ['reason'], params: { key: 'story.validation.hideReason' } });
      }
    }),
);

/** A moderation decision as parsed. */
export type ModerateCommentInput = z.output<typeof moderateCommentInputSchema>;

/** A comment in a path. */
export const commentParamsSchema = processParamsSchema.extend({
  commentId: z.string().min(1).max(COMMENT_LIMITS.idMax),
});

/** A response in a path. */
export const responseParamsSchema = processParamsSchema.extend({
  responseId: z.string().min(1).max(COMMENT_LIMITS.idMax),
});

/** A seminar's outcome item and the paragraphs of the version it shaped. */
export const seminarLinkInputSchema = storableText(
  z.object({
    outcomeId: idSchema,
    blockKeys: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : value),
      z.array(z.string().trim().min(1).max(STORY_LIMITS.keyMax)).min(1).max(STORY_LIMITS.blocksMax),
    ),
  }),
);

/** A seminar link as parsed. */
export type SeminarLinkInput = z.output<typeof seminarLinkInputSchema>;

/** A response as parsed. */
export type ResponseInput = z.output<typeof responseInputSchema>;

/** Limits of a decision record. */
export const DECISION_LIMITS = { sectionMax: 20, textMax: 10_000, dissentMax: 10_000, urlMax: 2000, votesMax: 10_000 } as const;

/** A calendar date 'YYYY-MM-DD' that exists. */
const dateSchema = z
  .string()
  .trim()
  .max(10)
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'platform.validation.date',
  });

/** A count of votes, blank when the body decided without a vote. */
const optionalVotes = z
  .preprocess(blankToUndefined, z.coerce.number().int().min(0).max(DECISION_LIMITS.votesMax).optional())
  .transform((value) => value ?? null);

/** A body's decision on a version: the body, the meeting, the section (§), the decision, the vote if any, the minutes. */
export const decisionInputSchema = storableText(
  z.object({
    bodyId: idSchema,
    meetingDate: dateSchema,
    sectionNumber: z.string().trim().min(1).max(DECISION_LIMITS.sectionMax),
    text: localizedTextSchema(DECISION_LIMITS.textMax),
    votesFor: optionalVotes,
    votesAgainst: optionalVotes,
    votesAbstain: optionalVotes,
    dissent: localizedTextSchema(DECISION_LIMITS.dissentMax, { required: false })
      .optional()
      .transform((value) => value ?? { fi: '' }),
    minutesUrl: z
      .preprocess(
        blankToUndefined,
        z
          .string()
          .trim()
          .max(DECISION_LIMITS.urlMax)
          .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, { message: 'story.validation.minutesUrl' })
          .optional(),
      )
      .transform((value) => value ?? null),
  }),
);

/** A decision as parsed. */
export type DecisionInput = z.output<typeof decisionInputSchema>;
