import { z } from 'zod';
import { flagSchema as checkbox } from '../../platform/http/validation.ts';
import { LOCALES, localizedTextSchema } from '../../platform/i18n/locales.ts';
import { emailSchema } from '../accounts/index.ts';
import { EVENT_AUDIENCES, EVENT_KINDS, EVENT_STATUSES, QUOTA_ATTRIBUTES, REGISTRATION_MODES } from './tables.ts';

/** Limits of the module's fields, shared by forms, the API and tests. */
export const EVENT_LIMITS = {
  idMax: 64,
  titleMax: 200,
  textMax: 10_000,
  placeMax: 300,
  urlMax: 500,
  responsibleMax: 300,
  audienceBodiesMax: 30,
  audienceUnitsMax: 200,
  capacityMax: 10_000,
  quotasMax: 100,
  questionsMax: 10,
  questionLabelMax: 200,
  answerMax: 1000,
  nameMax: 120,
  reasonMax: 500,
  retentionDaysMax: 365,
  invitationEmailsMax: 500,
  invitationTextMax: 40_000,
  tokenMax: 100,
  searchMax: 100,
} as const;

const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

/** True for a real calendar date 'YYYY-MM-DD' (no 2013-02-30) within sensible years. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01' || value > '2199-12-31') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const dateSchema = z
  .string()
  .trim()
  .min(1)
  .max(10, { message: 'platform.validation.date' })
  .refine(isCalendarDate, { params: { key: 'platform.validation.date' } });

const timeSchema = z
  .string()
  .trim()
  .min(1)
  .max(5, { message: 'events.validation.time' })
  .refine((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { params: { key: 'events.validation.time' } });

/** A whole number from a form field or JSON; blank is null. */
function wholeNumber(min: number, max: number) {
  return z.preprocess((value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' && /^\s*-?\d{1,9}\s*$/.test(blank) ? Number(blank) : blank;
  }, z.number({ message: 'events.validation.wholeNumber' }).int({ message: 'events.validation.wholeNumber' }).min(min).max(max).nullable());
}

const idSchema = z.string().trim().min(1).max(EVENT_LIMITS.idMax);

const onlineUrlSchema = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(EVENT_LIMITS.urlMax)
    .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), { params: { key: 'platform.validation.url' } })
    .nullable(),
);

/** An event's details as the admin form and the API send them; times are wall-clock in the organisation's zone. */
export const eventSchema = z
  .object({
    kind: z.enum(EVENT_KINDS),
    title: localizedTextSchema(EVENT_LIMITS.titleMax),
    description: localizedTextSchema(EVENT_LIMITS.textMax, { required: false }).default({ fi: '' }),
    agenda: localizedTextSchema(EVENT_LIMITS.textMax, { required: false }).default({ fi: '' }),
    summary: localizedTextSchema(EVENT_LIMITS.textMax, { required: false }).default({ fi: '' }),
    place: localizedTextSchema(EVENT_LIMITS.placeMax, { required: false }).default({ fi: '' }),
    onlineUrl: onlineUrlSchema.default(null),
    startsOn: dateSchema,
    startTime: timeSchema,
    endsOn: z.preprocess(blankToNull, dateSchema.nullable()).default(null),
    endTime: timeSchema,
    audience: z.enum(EVENT_AUDIENCES).default('public'),
    audienceBodyIds: z.array(idSchema).max(EVENT_LIMITS.audienceBodiesMax).default([]),
    audienceUnitIds: z.array(idSchema).max(EVENT_LIMITS.audienceUnitsMax).default([]),
    responsible: localizedTextSchema(EVENT_LIMITS.responsibleMax, { required: false }).default({ fi: '' }),
    status: z.enum(EVENT_STATUSES).default('planned'),
    timelineItemId: z.preprocess(blankToNull, idSchema.nullable()).default(null),
  })
  .superRefine((event, context) => {
    const end = `${event.endsOn ?? event.startsOn}T${event.endTime}`;
    if (end <= `${event.startsOn}T${event.startTime}`) {
      context.addIssue({ code: 'custom', path: ['endTime'], params: { key: 'events.validation.endBeforeStart' } });
    }
    if (event.audience === 'bodies' && event.audienceBodyIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['audienceBodyIds'], params: { key: 'events.validation.chooseBodies' } });
    }
    if (event.audience === 'units' && event.audienceUnitIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['audienceUnitIds'], params: { key: 'events.validation.chooseUnits' } });
    }
  });

/** An event's details once parsed. */
export type EventInput = z.output<typeof eventSchema>;

const optionalMoment = z
  .object({ date: z.preprocess(blankToNull, dateSchema.nullable()), time: z.preprocess(blankToNull, timeSchema.nullable()) })
  .default({ date: null, time: null })
  .superRefine((moment, context) => {
    if ((moment.date === null) !== (moment.time === null)) {
      context.addIssue({
        code: 'custom',
        path: [moment.date === null ? 'date' : 'time'],
        params: { key: 'events.validation.dateAndTime' },
      });
    }
  });

/** How registration works for an event: mode, seats, quotas, dates and extra questions. */
export const registrationSettingsSchema = z
  .object({
    registrationMode: z.enum(REGISTRATION_MODES),
    capacity: wholeNumber(1, EVENT_LIMITS.capacityMax).default(null),
    quotaAttribute: z.enum(QUOTA_ATTRIBUTES).default('none'),
    quotaSplit: z.enum(['explicit', 'headcount']).default('explicit'),
    quotas: z
      .array(z.object({ value: idSchema, seats: wholeNumber(0, EVENT_LIMITS.capacityMax) }))
      .max(EVENT_LIMITS.quotasMax)
      .default([]),
    deadline: optionalMoment,
    quotaRelease: optionalMoment,
    answersRetentionDays: wholeNumber(0, EVENT_LIMITS.retentionDaysMax).transform((days) => days ?? 30),
    questions: z
      .array(
        z.object({
          id: z.preprocess(blankToNull, idSchema.nullable()).default(null),
          label: localizedTextSchema(EVENT_LIMITS.questionLabelMax, { required: false }),
          required: checkbox.default(false),
        }),
      )
      .max(EVENT_LIMITS.questionsMax)
      .default([]),
  })
  .superRefine((settings, context) => {
    if (settings.quotaAttribute !== 'none' && settings.capacity === null) {
      context.addIssue({ code: 'custom', path: ['capacity'], params: { key: 'events.validation.quotasNeedCapacity' } });
    }
  });

/** Registration settings once parsed. */
export type RegistrationSettingsInput = z.output<typeof registrationSettingsSchema>;

/** A registration as the public form and the API send it. */
export const registrationSchema = z.object({
  name: z.string().trim().min(1).max(EVENT_LIMITS.nameMax),
  email: emailSchema,
  attributeValue: z.preprocess(blankToNull, idSchema.nullable()).default(null),
  answers: z.record(z.string().max(EVENT_LIMITS.idMax), z.string().trim().max(EVENT_LIMITS.answerMax)).default({}),
  invitationToken: z.preprocess(blankToNull, z.string().max(EVENT_LIMITS.tokenMax).nullable()).default(null),
});

/** A registration once parsed. */
export type RegistrationInput = z.output<typeof registrationSchema>;

/** For a signed-in registrant the account gives name and e-mail. */
export const signedInRegistrationSchema = registrationSchema.extend({
  name: z.string().max(EVENT_LIMITS.nameMax).optional(),
  email: z.string().max(254).optional(),
});

const reasonSchema = z.string().trim().min(1).max(EVENT_LIMITS.reasonMax);

/** The organiser adds someone: the same details plus why. */
export const organiserAddSchema = z.object({
  name: z.string().trim().min(1).max(EVENT_LIMITS.nameMax),
  email: emailSchema,
  attributeValue: z.preprocess(blankToNull, idSchema.nullable()).default(null),
  locale: z.enum(LOCALES).default('fi'),
  reason: reasonSchema,
});

/** The organiser moves a registration to another unit or sector, and says why. */
export const organiserMoveSchema = z.object({
  attributeValue: z.preprocess(blankToNull, idSchema.nullable()).default(null),
  reason: reasonSchema,
});

/** The organiser removes a registration, and says why. */
export const organiserRemoveSchema = z.object({ reason: reasonSchema });

/** Invitations: a body's members with accounts, a unit's staff (its work communities' too) and/or a list of e-mails. */
export const invitationSchema = z
  .object({
    bodyId: z.preprocess(blankToNull, idSchema.nullable()).default(null),
    unitId: z.preprocess(blankToNull, idSchema.nullable()).default(null),
    emails: z.string().max(EVENT_LIMITS.invitationTextMax).default(''),
    locale: z.enum(LOCALES).default('fi'),
  })
  .transform((input, context) => {
    const words = input.emails.split(/[\s,;]+/).filter((word) => word.length > 0);
    const emails: string[] = [];
    for (const word of words) {
      const parsed = emailSchema.safeParse(word);
      if (!parsed.success) {
        context.addIssue({
          code: 'custom',
          path: ['emails'],
          params: { key: 'events.validation.badEmail', values: { email: word.slice(0, 80) } },
        });
        return z.NEVER;
      }
      if (!emails.includes(parsed.data)) emails.push(parsed.data);
    }
    if (emails.length > EVENT_LIMITS.invitationEmailsMax) {
      context.addIssue({
        code: 'custom',
        path: ['emails'],
        params: { key: 'platform.validation.tooManyItems', values: { max: EVENT_LIMITS.invitationEmailsMax } },
      });
      return z.NEVER;
    }
    if (emails.length === 0 && input.bodyId === null && input.unitId === null) {
      context.addIssue({ code: 'custom', path: ['emails'], params: { key: 'events.validation.inviteWhom' } });
      return z.NEVER;
    }
    return { bodyId: input.bodyId, unitId: input.unitId, emails, locale: input.locale };
  });

/** Invitations once parsed. */
export type InvitationInput = z.output<typeof invitationSchema>;

/** An id in a path; longer than any id we make is simply not found. */
export const idParamsSchema = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });

/** A personal link's token in a path. */
export const tokenParamsSchema = z.object({ token: z.string().min(1).max(EVENT_LIMITS.tokenMax) });
