import { z } from 'zod';
import type { Block, Version } from './model.ts';

const localizedSchema = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A version as the API answers it (without its text). */
export const versionSummarySchema = z.object({
  number: z.number().int(),
  status: z.enum(['draft', 'decided']),
  changelog: localizedSchema,
  createdAt: z.string(),
  comments: z
    .object({
      opensAt: z.string().nullable(),
      closesAt: z.string().nullable(),
      audience: z.enum(['anyone', 'signed_in', 'staff', 'units', 'bodies']),
    })
    .nullable(),
});

/** A heading or paragraph as the API answers it. */
export const blockResponseSchema = z.object({
  key: z.string(),
  kind: z.enum(['heading', 'paragraph']),
  text: localizedSchema,
  translationsBehind: z.array(z.enum(['sv', 'en'])),
});

/** A version with its text. */
export const versionResponseSchema = versionSummarySchema.extend({ blocks: z.array(blockResponseSchema) });

/** A process's story: the versions the caller may read, and the newest of them with its text. */
export const storyResponseSchema = z.object({
  versions: z.array(versionSummarySchema),
  current: versionResponseSchema.nullable(),
});

/** A version in the API's shape. */
export function presentVersionSummary(version: Version): z.input<typeof versionSummarySchema> {
  return {
    number: version.number,
    status: version.status,
    changelog: version.changelog,
    createdAt: version.createdAt,
    comments: version.comments
      ? { opensAt: version.comments.opensAt, closesAt: version.comments.closesAt, audience: version.comments.audience }
      : null,
  };
}

/** A version and its blocks in the API's shape. */
export function presentVersion(version: Version, blocks: Block[]): z.input<typeof versionResponseSchema> {
  return { ...presentVersionSummary(version), blocks: blocks.map((block) => ({ ...block })) };
}
