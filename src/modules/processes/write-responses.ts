import { z } from 'zod';
import { visibilitySchema } from './schemas.ts';
import { BODY_KINDS, TIMELINE_KINDS } from './tables.ts';

const localizedOutput = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A process as the write API answers it. */
export const processResponseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedOutput,
  summary: localizedOutput,
  story: localizedOutput,
  heroImageUrl: z.string().nullable(),
  heroImageAlt: localizedOutput,
  heroVideoUrl: z.string().nullable(),
  visibility: visibilitySchema,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A phase as the write API answers it. */
export const phaseResponseSchema = z.object({
  id: z.string(),
  position: z.number(),
  title: localizedOutput,
  description: localizedOutput,
  startsOn: z.string(),
  endsOn: z.string(),
});

/** A sector as the write API answers it. */
export const sectorResponseSchema = z.object({ id: z.string(), key: z.string(), name: localizedOutput, position: z.number() });

/** A member as the write API answers it. */
export const memberResponseSchema = z.object({
  id: z.string(),
  positionTitle: localizedOutput,
  responsibility: localizedOutput,
  sectorId: z.string().nullable(),
  position: z.number(),
});

/** A body as the write API answers it, with its members and sectors. */
export const bodyResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(BODY_KINDS),
  name: localizedOutput,
  description: localizedOutput,
  parentId: z.string().nullable(),
  position: z.number(),
  members: z.array(memberResponseSchema),
  sectors: z.array(sectorResponseSchema),
});

/** A timeline item as the write API answers it. */
export const timelineItemResponseSchema = z.object({
  id: z.string(),
  phaseId: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  datePrecision: z.enum(['day', 'month', 'season']),
  kind: z.enum(TIMELINE_KINDS),
  title: localizedOutput,
  purpose: localizedOutput,
  responsible: localizedOutput,
  audienceBodyIds: z.array(z.string()),
});
