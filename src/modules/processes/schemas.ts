import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { BODY_KINDS, SEAT_ROLES, TIMELINE_KINDS } from './tables.ts';

/** Limits of process fields, shared by forms, the API and tests. */
export const PROCESS_LIMITS = {
  slugMin: 2,
  slugMax: 100,
  titleMax: 200,
  summaryMax: 1000,
  storyMax: 50_000,
  altMax: 300,
  urlMax: 2000,
  descriptionMax: 4000,
  positionTitleMax: 200,
  responsibilityMax: 1000,
  sectorKeyMax: 60,
  responsibleMax: 300,
  audienceMax: 50,
  idMax: 64,
  emailMax: 254,
} as const;

const VIDEO_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'www.youtube-nocookie.com',
  'vimeo.com',
  'player.vimeo.com',
]);

const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

/** True for a real calendar date written 'YYYY-MM-DD' (no 2013-02-30), within sensible years. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01' || value > '2199-12-31') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for an absolute http(s) address; javascript:, data: and relative paths are refused. */
export function isHttpUrl(value: string): boolean {
  const url = parsedUrl(value);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/** True for an https address of YouTube or Vimeo, the only players our CSP lets the page embed. */
export function isVideoUrl(value: string): boolean {
  const url = parsedUrl(value);
  return url !== null && url.protocol === 'https:' && VIDEO_HOSTS.has(url.hostname.toLowerCase());
}

/** A date 'YYYY-MM-DD' that exists in the calendar. */
export const dateSchema = z
  .string()
  .trim()
  .min(1)
  .max(10, { message: 'platform.validation.date' })
  .refine(isCalendarDate, { params: { key: 'platform.validation.date' } });

/** An optional date: blank means none. */
export const optionalDateSchema = z.preprocess(blankToNull, dateSchema.nullable());

/** A time of day 'HH:MM' (24-hour clock); blank means none. */
export const optionalTimeSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(5, { message: 'processes.admin.validation.time' })
    .refine((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { params: { key: 'processes.admin.validation.time' } })
    .nullable(),
);

/** An optional http(s) address; blank means none. */
export const optionalHttpUrlSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(PROCESS_LIMITS.urlMax)
    .refine(isHttpUrl, { params: { key: 'platform.validation.url' } })
    .nullable(),
);

/** An optional YouTube or Vimeo address; blank means none. */
export const optionalVideoUrlSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(PROCESS_LIMITS.urlMax)
    .refine(isVideoUrl, { params: { key: 'processes.admin.validation.videoUrl' } })
    .nullable(),
);

/** An optional reference to another row by id; blank means none (existence is checked by the command). */
export const optionalIdSchema = z.preprocess(blankToNull, z.string().trim().max(PROCESS_LIMITS.idMax).nullable());

/** The address part of a process: lower-case letters, digits and hyphens; unique in the organisation. */
export const slugSchema = z
  .string()
  .trim()
  .min(PROCESS_LIMITS.slugMin)
  .max(PROCESS_LIMITS.slugMax)
  .refine((value) => /^[a-z0-9-]+$/.test(value), { params: { key: 'processes.admin.validation.slug' } });

/** Who can see a process. */
export const visibilitySchema = z.enum(['draft', 'public', 'internal']);

const optionalText = (max: number) => localizedTextSchema(max, { required: false }).default({ fi: '' });

/**
 * A PATCH schema: every field optional and no defaults filled in, so a field
 * left out stays as it is (a localized text is replaced whole).
 */
function patchOf<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, schema]) => [
      key,
      ((schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodType).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodType<Partial<z.output<z.ZodObject<Shape>>>>;
}

/** A process's fields without cross-field rules (PATCH bodies are a partial of this). */
export const processFieldsSchema = z.object({
  title: localizedTextSchema(PROCESS_LIMITS.titleMax),
  slug: slugSchema,
  summary: optionalText(PROCESS_LIMITS.summaryMax),
  story: optionalText(PROCESS_LIMITS.storyMax),
  heroImageUrl: optionalHttpUrlSchema.default(null),
  heroImageAlt: optionalText(PROCESS_LIMITS.altMax),
  heroVideoUrl: optionalVideoUrlSchema.default(null),
  /** Absent means: unchanged (new processes start as drafts). */
  visibility: visibilitySchema.optional(),
});

/** A process as the admin form and the API send it; a hero image needs its text alternative. */
export const processSchema = processFieldsSchema.superRefine((process, context) => {
  if (process.heroImageUrl && !process.heroImageAlt?.fi) {
    context.addIssue({
      code: 'custom',
      path: ['heroImageAlt', 'fi'],
      message: 'alt',
      params: { key: 'processes.admin.validation.altRequired' },
    });
  }
});

/** A PATCH of a process: any of its fields. */
export const processPatchSchema = patchOf(processFieldsSchema);

/** A process once parsed. */
export type ProcessInput = z.output<typeof processSchema>;

/** The visibility form: one of draft, public, internal. */
export const visibilityFormSchema = z.object({ visibility: visibilitySchema });

/** Adds "end before start" to the end date when both dates are valid. */
function checkDateOrder(startsOn: unknown, endsOn: unknown, context: z.RefinementCtx): void {
  if (typeof startsOn !== 'string' || typeof endsOn !== 'string') return;
  if (!isCalendarDate(startsOn) || !isCalendarDate(endsOn) || endsOn >= startsOn) return;
  context.addIssue({ code: 'custom', path: ['endsOn'], message: 'order', params: { key: 'platform.validation.dateOrder' } });
}

/** A phase's fields without cross-field rules. */
export const phaseFieldsSchema = z.object({
  title: localizedTextSchema(PROCESS_LIMITS.titleMax),
  description: optionalText(PROCESS_LIMITS.descriptionMax),
  startsOn: dateSchema,
  endsOn: dateSchema,
});

/** A phase (vaihe); it ends on or after the day it starts. */
export const phaseSchema = phaseFieldsSchema.superRefine((phase, context) => checkDateOrder(phase.startsOn, phase.endsOn, context));

/** A PATCH of a phase. */
export const phasePatchSchema = patchOf(phaseFieldsSchema);

/** A phase once parsed. */
export type PhaseInput = z.output<typeof phaseSchema>;

/** The move buttons of the phase list. */
export const moveSchema = z.object({ direction: z.enum(['up', 'down']) });

/** A body's fields (toimielin, ryhmä). */
export const bodySchema = z.object({
  kind: z.enum(BODY_KINDS),
  name: localizedTextSchema(PROCESS_LIMITS.titleMax),
  description: optionalText(PROCESS_LIMITS.descriptionMax),
  parentId: optionalIdSchema.default(null),
});

/** A PATCH of a body. */
export const bodyPatchSchema = patchOf(bodySchema);

/** A body once parsed. */
export type BodyInput = z.output<typeof bodySchema>;

/** An optional e-mail address (lower case); blank means none. */
export const optionalEmailSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .toLowerCase()
    .max(PROCESS_LIMITS.emailMax)
    .pipe(z.email({ message: 'platform.validation.email' }))
    .nullable(),
);

/**
 * A seat of a body, named by position (never by person in public): e.g. "kaupunginjohtaja".
 * The person in it is an account of the organisation (`personUserId`, or found by
 * `personEmail`), or an e-mail without an account, which is sent an invitation; neither
 * leaves the seat vacant.
 */
export const memberSchema = z.object({
  positionTitle: localizedTextSchema(PROCESS_LIMITS.positionTitleMax),
  responsibility: optionalText(PROCESS_LIMITS.responsibilityMax),
  sectorId: optionalIdSchema.default(null),
  seatRole: z.enum(SEAT_ROLES).default('member'),
  personEmail: optionalEmailSchema.default(null),
  personUserId: optionalIdSchema.default(null),
});

/** A PATCH of a member. */
export const memberPatchSchema = patchOf(memberSchema);

/** The person's own choice about their name on the public chart for one seat (a checkbox: absent is no). */
export const seatConsentSchema = z.object({
  namePublic: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()).default(false),
});

/** A seat consent once parsed. */
export type SeatConsentInput = z.output<typeof seatConsentSchema>;

/** A seat invitation's token in the link (base64url); anything else is an unknown link. */
export const seatTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** A member once parsed. */
export type MemberInput = z.output<typeof memberSchema>;

/** A sector of a stakeholder panel; its key is unique within the body. */
export const sectorSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(PROCESS_LIMITS.sectorKeyMax)
    .refine((value) => /^[a-z0-9-]+$/.test(value), { params: { key: 'processes.admin.validation.slug' } }),
  name: localizedTextSchema(PROCESS_LIMITS.titleMax),
});

/** A sector once parsed. */
export type SectorInput = z.output<typeof sectorSchema>;

/** A timeline item's fields without cross-field rules. */
export const timelineItemFieldsSchema = z.object({
  title: localizedTextSchema(PROCESS_LIMITS.titleMax),
  kind: z.enum(TIMELINE_KINDS),
  startsOn: dateSchema,
  endsOn: optionalDateSchema.default(null),
  datePrecision: z.enum(['day', 'month', 'season']).default('day'),
  startTime: optionalTimeSchema.default(null),
  endTime: optionalTimeSchema.default(null),
  phaseId: optionalIdSchema.default(null),
  purpose: optionalText(PROCESS_LIMITS.descriptionMax),
  responsible: optionalText(PROCESS_LIMITS.responsibleMax),
  audienceBodyIds: z
    .array(z.string().trim().min(1).max(PROCESS_LIMITS.idMax))
    .max(PROCESS_LIMITS.audienceMax)
    .transform((ids) => [...new Set(ids)])
    .default([]),
});

/** A timeline item: ends on or after its start; on one day, ends at or after its start time. */
export const timelineItemSchema = timelineItemFieldsSchema.superRefine((item, context) => {
  checkDateOrder(item.startsOn, item.endsOn, context);
  const oneDay = !item.endsOn || item.endsOn === item.startsOn;
  if (oneDay && item.startTime && item.endTime && item.endTime < item.startTime) {
    context.addIssue({ code: 'custom', path: ['endTime'], message: 'order', params: { key: 'processes.admin.validation.timeOrder' } });
  }
});

/** A PATCH of a timeline item. */
export const timelineItemPatchSchema = patchOf(timelineItemFieldsSchema);

/** A timeline item once parsed. */
export type TimelineItemInput = z.output<typeof timelineItemSchema>;
