import { z } from 'zod';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Block, Decision, Version } from './model.ts';

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

/** A body's decision on a version as the API answers it. */
export const decisionResponseSchema = z.object({
  versionNumber: z.number().int(),
  bodyId: z.string(),
  body: localizedSchema,
  meetingDate: z.string(),
  sectionNumber: z.string(),
  text: localizedSchema,
  votes: z.object({ for: z.number().int().nullable(), against: z.number().int().nullable(), abstain: z.number().int().nullable() }),
  dissent: localizedSchema,
  minutesUrl: z.string().nullable(),
});

/** The decisions on a process's story, oldest meeting first. */
export const decisionsResponseSchema = z.object({ decisions: z.array(decisionResponseSchema) });

/** A decision in the API's shape, with its version's number and its body's name. */
export function presentDecision(decision: Decision, versionNumber: number, body: LocalizedText): z.input<typeof decisionResponseSchema> {
  return {
    versionNumber,
    bodyId: decision.bodyId,
    body,
    meetingDate: decision.meetingDate,
    sectionNumber: decision.sectionNumber,
    text: decision.text,
    votes: decision.votes,
    dissent: decision.dissent,
    minutesUrl: decision.minutesUrl,
  };
}
