import { z } from 'zod';
import { flagSchema } from '../../platform/http/validation.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { NOTE_NAMES, STAGES, WORKSHOP_ACCESS, WORKSHOP_KINDS } from './tables.ts';

/** Limits of workshops, shared by forms, the API, the client scripts' data attributes and tests. */
export const WORKSHOP_LIMITS = {
  titleMax: 200,
  descriptionMax: 4000,
  promptMax: 500,
  promptsMax: 20,
  groupNameMax: 60,
  groupsMax: 30,
  audienceMax: 50,
  noteLengthMin: 20,
  noteLengthMax: 1000,
  noteLengthDefault: 280,
  dotsMax: 20,
  displayNameMax: 60,
  clusterNameMax: 120,
  outcomeMax: 300,
  outcomesMax: 30,
  timerMinutesMax: 120,
  /** Notes one participant may post in a minute: a flood is refused with 429, the text kept. */
  notesPerMinute: 20,
  /** Notes one participant may have on one prompt. */
  notesPerPrompt: 50,
  idMax: 64,
} as const;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

/** An id in a path or a field: never longer than any id we make. */
export const idSchema = z.string().trim().min(1).max(WORKSHOP_LIMITS.idMax);

const optionalIdSchema = z.preprocess(blankToNull, idSchema.nullable());

/** `:id` in a path. */
export const idParamsSchema = z.object({ id: z.string().max(200) });

/** `:id` and `:itemId` in a path (a note, cluster or prompt of the workshop). */
export const itemParamsSchema = z.object({ id: z.string().max(200), itemId: z.string().max(200) });

const promptRowSchema = z.object({
  id: optionalIdSchema.optional(),
  text: localizedTextSchema(WORKSHOP_LIMITS.promptMax, { required: false }),
});

const groupRowSchema = z.object({
  id: optionalIdSchema.optional(),
  name: z.string().trim().max(WORKSHOP_LIMITS.groupNameMax),
});

/** Rows left blank in a form (a spare prompt or group) are no rows at all. */
function withoutBlankRows<Row>(isBlank: (row: Row) => boolean) {
  return (value: unknown) => (Array.isArray(value) ? (value as Row[]).filter((row) => !isBlank(row)) : value);
}

const promptIsBlank = (row: { text?: Record<string, unknown> } | null) =>
  !row?.text || Object.values(row.text).every((text) => typeof text !== 'string' || text.trim() === '');

const groupIsBlank = (row: { name?: unknown } | null) => !row || typeof row.name !== 'string' || row.name.trim() === '';

/** A workshop's settings, prompts and groups: the same for the form and the API. */
export const workshopSettingsSchema = z
  .object({
    kind: z.enum(WORKSHOP_KINDS),
    title: localizedTextSchema(WORKSHOP_LIMITS.titleMax),
    description: z.preprocess((value) => value ?? { fi: '' }, localizedTextSchema(WORKSHOP_LIMITS.descriptionMax, { required: false })),
    eventId: optionalIdSchema.default(null),
    access: z.enum(WORKSHOP_ACCESS),
    audienceIds: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : (value ?? [])),
      z.array(idSchema).max(WORKSHOP_LIMITS.audienceMax),
    ),
    noteNames: z.enum(NOTE_NAMES),
    noteMaxLength: z.coerce.number().int().min(WORKSHOP_LIMITS.noteLengthMin).max(WORKSHOP_LIMITS.noteLengthMax),
    notesHidden: flagSchema,
    dotsPerParticipant: z.coerce.number().int().min(0).max(WORKSHOP_LIMITS.dotsMax),
    resultsPublic: flagSchema,
    prompts: z.preprocess(
      withoutBlankRows(promptIsBlank),
      z
        .array(promptRowSchema)
        .max(WORKSHOP_LIMITS.promptsMax)
        .refine((rows) => rows.length > 0, { params: { key: 'workshops.form.promptRequired' } }),
    ),
    groups: z.preprocess(withoutBlankRows(groupIsBlank), z.array(groupRowSchema).max(WORKSHOP_LIMITS.groupsMax)).default([]),
  })
  .superRefine((settings, context) => {
    if ((settings.access === 'units' || settings.access === 'bodies') && settings.audienceIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['audienceIds'], params: { key: 'workshops.form.audienceRequired' } });
    }
    for (const [index, prompt] of settings.prompts.entries()) {
      if (prompt.text.fi === '') {
        context.addIssue({ code: 'custom', path: ['prompts', index, 'text', 'fi'], params: { key: 'platform.validation.required' } });
      }
    }
  });

/** The input of workshopSettingsSchema after parsing. */
export type WorkshopSettings = z.output<typeof workshopSettingsSchema>;

/** A new workshop: its process, the template it starts from, then its settings. */
export const newWorkshopSchema = z.intersection(
  z.object({ processSlug: z.string().trim().min(1).max(100), template: z.string().trim().max(60).default('') }),
  workshopSettingsSchema,
);

/** The join code as typed on a phone: spaces and case forgiven. */
export const joinCodeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/[\s-]/g, '').toUpperCase() : value),
  z
    .string()
    .min(1)
    .max(12)
    .regex(/^[A-Z0-9]+$/, { message: 'workshops.join.codeFormat' }),
);

/** The code form. */
export const joinCodeFormSchema = z.object({ code: joinCodeSchema });

/** What a participant tells on joining: a display name when the session asks for one, a group when it has groups. */
export const joinDetailsSchema = z.object({
  displayName: z.preprocess(blankToUndefined, z.string().trim().max(WORKSHOP_LIMITS.displayNameMax).optional()),
  groupId: z.preprocess(blankToUndefined, idSchema.optional()),
});

/** The API's join: the code and the details together. */
export const joinApiSchema = z.intersection(joinCodeFormSchema, joinDetailsSchema);

/** A note's text; the session's own length limit is checked against the workshop. */
export const noteSchema = z.object({ text: z.string().trim().min(1).max(WORKSHOP_LIMITS.noteLengthMax) });

/** A dot on a cluster or on a note outside clusters. */
export const voteSchema = z.object({ targetType: z.enum(['note', 'cluster']), targetId: idSchema });

/** A participant's own dots on the prompt after a dot: by note or cluster id, and how many are left. */
export const ownDotsSchema = z.object({
  votes: z.record(z.string(), z.number().int().min(1)),
  dotsLeft: z.number().int().min(0),
});

/** A cluster's name. */
export const clusterSchema = z.object({
  name: z.string().trim().min(1).max(WORKSHOP_LIMITS.clusterNameMax),
  promptId: optionalIdSchema.optional(),
  groupId: optionalIdSchema.optional(),
});

/** Moving a note into a cluster, or out of clusters with an empty cluster. */
export const moveNoteSchema = z.object({ clusterId: optionalIdSchema.default(null) });

/** Merging a note into a duplicate that stays on the wall. */
export const mergeNoteSchema = z.object({ intoNoteId: idSchema });

/** Moving a prompt to a stage. */
export const stageSchema = z.object({ stage: z.enum(STAGES) });

/** Starting a timer of some minutes; an empty value stops it. */
export const timerSchema = z.object({
  minutes: z.preprocess(blankToNull, z.coerce.number().int().min(1).max(WORKSHOP_LIMITS.timerMinutesMax).nullable()),
});

/** Locking or opening the room. */
export const lockSchema = z.object({ locked: flagSchema });

/** A seminar's agreed outcome: an ordered list of texts, each maybe drawn from a cluster. */
export const outcomeSchema = z.object({
  items: z.preprocess(
    withoutBlankRows((row: { text?: unknown } | null) => !row || typeof row.text !== 'string' || row.text.trim() === ''),
    z
      .array(z.object({ text: z.string().trim().min(1).max(WORKSHOP_LIMITS.outcomeMax), clusterId: optionalIdSchema.optional() }))
      .min(1)
      .max(WORKSHOP_LIMITS.outcomesMax),
  ),
});
