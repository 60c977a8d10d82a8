import { z } from 'zod';
import { invalid } from '../../platform/http/errors.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Progress } from './queries/describe-progress.ts';
import type { Process } from './queries/find-process.ts';
import { PROCESS_SLUG_MAX_LENGTH, PROCESS_SLUG_PATTERN } from './queries/find-visible-process.ts';
import type { Body } from './queries/list-bodies.ts';
import type { Phase } from './queries/list-phases.ts';
import type { TimelineItem } from './queries/list-timeline.ts';
import { visibilitySchema } from './schemas.ts';
import { BODY_KINDS, SEAT_ROLES, TIMELINE_KINDS } from './tables.ts';

/**
 * The `:slug` of the read routes. A slug that cannot be one (too long, other
 * characters) names nothing, so it becomes '' and answers 404 like an unknown one.
 */
export const slugParamsSchema = z.object({
  slug: z.string().max(PROCESS_SLUG_MAX_LENGTH).regex(PROCESS_SLUG_PATTERN).catch(''),
});

/** A text in each UI language; a language not written is null. */
export const localizedSchema = z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() });

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A process as the API shows it, with where it stands today. */
export const processSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedSchema,
  summary: localizedSchema,
  story: localizedSchema.describe('Markdown'),
  heroImageUrl: z.string().nullable(),
  heroImageAlt: localizedSchema,
  heroVideoUrl: z.string().nullable(),
  visibility: z.enum(['draft', 'public', 'internal']),
  publishedAt: z.string().nullable(),
  status: z.enum(['no_phases', 'not_started', 'running', 'completed']),
  currentPhaseId: z.string().nullable(),
  progressPercent: z.number().int().min(0).max(100),
  updatedAt: z.string(),
});

/** A phase with its dates and whether it is current today. */
export const phaseSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: localizedSchema,
  description: localizedSchema,
  startsOn: dateSchema,
  endsOn: dateSchema,
  state: z.enum(['done', 'current', 'upcoming']),
  current: z.boolean(),
});

/** A body with its members (by position) and sectors. */
export const bodySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(BODY_KINDS),
  name: localizedSchema,
  description: localizedSchema,
  position: z.number().int(),
  members: z.array(
    z.object({
      id: z.string(),
      positionTitle: localizedSchema,
      responsibility: localizedSchema,
      sectorId: z.string().nullable(),
      seatRole: z.enum(SEAT_ROLES),
      personName: z
        .string()
        .nullable()
        .describe('The name of the person in the seat, only where they agreed or the seat is public by law (council, board)'),
    }),
  ),
  sectors: z.array(z.object({ id: z.string(), key: z.string(), name: localizedSchema })),
});

/** A timeline item with its date precision and its audience's body ids. */
export const timelineItemSchema = z.object({
  id: z.string(),
  phaseId: z.string().nullable(),
  startsOn: dateSchema,
  endsOn: dateSchema.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  datePrecision: z.enum(['day', 'month', 'season']),
  kind: z.enum(TIMELINE_KINDS),
  title: localizedSchema,
  purpose: localizedSchema,
  responsible: localizedSchema,
  audienceBodyIds: z.array(z.string()),
});

/** Shapes a LocalizedText with every language present. */
export function presentText(text: LocalizedText): z.infer<typeof localizedSchema> {
  return { fi: text.fi ?? '', sv: text.sv || null, en: text.en || null };
}

/** Shapes a process with its progress. */
export function presentProcess(process: Process, progress: Progress): z.infer<typeof processSchema> {
  return {
    id: process.id,
    slug: process.slug,
    title: presentText(process.title),
    summary: presentText(process.summary),
    story: presentText(process.story),
    heroImageUrl: process.heroImageUrl,
    heroImageAlt: presentText(process.heroImageAlt),
    heroVideoUrl: process.heroVideoUrl,
    visibility: process.visibility,
    publishedAt: process.publishedAt,
    status: progress.status,
    currentPhaseId: progress.currentPhaseId,
    progressPercent: progress.percent,
    updatedAt: process.updatedAt,
  };
}

/** Shapes a phase with its state today. */
export function presentPhase(phase: Phase, progress: Progress): z.infer<typeof phaseSchema> {
  const state = progress.states[phase.id] ?? 'upcoming';
  const { processId: _processId, ...rest } = phase;
  return {
    ...rest,
    title: presentText(phase.title),
    description: presentText(phase.description),
    state,
    current: state === 'current',
  };
}

/** Shapes a body with its members and sectors. */
export function presentBody(body: Body): z.infer<typeof bodySchema> {
  return {
    id: body.id,
    parentId: body.parentId,
    kind: body.kind,
    name: presentText(body.name),
    description: presentText(body.description),
    position: body.position,
    members: body.members.map((member) => ({
      id: member.id,
      positionTitle: presentText(member.positionTitle),
      responsibility: presentText(member.responsibility),
      sectorId: member.sectorId,
      seatRole: member.seatRole,
      personName: member.personName,
    })),
    sectors: body.sectors.map((sector) => ({ id: sector.id, key: sector.key, name: presentText(sector.name) })),
  };
}

/** Shapes a timeline item. */
export function presentTimelineItem(item: TimelineItem): z.infer<typeof timelineItemSchema> {
  const { createdAt: _createdAt, ...rest } = item;
  return {
    ...rest,
    title: presentText(item.title),
    purpose: presentText(item.purpose),
    responsible: presentText(item.responsible),
  };
}

/**
 * One page of an already ordered list. The cursor is the id of the last item
 * of the previous page; lists hanging under one process are small enough to
 * read whole and page in memory.
 */
export function paginate<T extends { id: string }>(items: readonly T[], limit: number, cursor: string | undefined) {
  let start = 0;
  if (cursor) {
    const index = items.findIndex((item) => item.id === cursor);
    if (index < 0) throw invalid({ cursor: { key: 'processes.api.badCursor' } });
    start = index + 1;
  }
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: page, nextCursor: more ? (page.at(-1)?.id ?? null) : null };
}

// The write API's answers (what a create or change returns).

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

/** A seat as the write API answers it (to its managers): the role and the person in it. */
export const memberResponseSchema = z.object({
  id: z.string(),
  positionTitle: localizedOutput,
  responsibility: localizedOutput,
  sectorId: z.string().nullable(),
  seatRole: z.enum(SEAT_ROLES),
  personUserId: z.string().nullable().describe('The linked account, or null'),
  personEmail: z.string().nullable().describe('The linked account’s e-mail or the invited e-mail; null when vacant'),
  personName: z.string().nullable().describe('The linked account’s display name'),
  invitedEmail: z.string().nullable().describe('An e-mail invited to the seat and not yet accepted'),
  namePublicConsent: z.boolean().describe('Whether the person lets their name show on the public chart'),
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
