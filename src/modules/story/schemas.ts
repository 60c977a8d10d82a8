import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { PROCESS_SLUG_MAX_LENGTH } from '../processes/index.ts';

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
