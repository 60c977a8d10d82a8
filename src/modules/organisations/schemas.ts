import { z } from 'zod';
import { pageQuerySchema } from '../../platform/http/api.ts';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { checkAccentColor } from '../../platform/views/contrast.ts';
import { decodeAuditCursor } from './queries/audit-cursor.ts';

/** Limits of the module's fields, shared by forms, API and tests. */
export const ORGANISATION_LIMITS = {
  organisationNameMax: 120,
  logoUrlMax: 500,
  unitNameMax: 160,
  headcountMax: 1_000_000,
  positionMax: 10_000,
  idMax: 64,
  actionPrefixMax: 100,
} as const;

/** The kinds of node in the unit tree. */
export const UNIT_KINDS = ['unit', 'work_community'] as const;

/** A unit (hallintokunta, toimiala) or a work community (työyhteisö). */
export type UnitKind = (typeof UNIT_KINDS)[number];

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A logo address: https only, so the page never loads mixed or script content. */
const logoUrlSchema = z.preprocess(
  blankToNull,
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain })
    .max(ORGANISATION_LIMITS.logoUrlMax)
    .nullable(),
);

/** An accent colour as #rgb or #rrggbb that reaches 4.5:1 against white; the error names the measured ratio. */
const accentColorSchema = z
  .preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'organisations.settings.colorFormat' })
      .nullable(),
  )
  .superRefine((value, context) => {
    if (!value) return;
    const checked = checkAccentColor(value);
    if (checked && !checked.ok) {
      context.addIssue({
        code: 'custom',
        params: { key: 'organisations.settings.colorContrast', values: { ratio: checked.ratio } },
      });
    }
  })
  .transform((value) => value?.toLowerCase() ?? null);

const settingsFields = {
  name: localizedTextSchema(ORGANISATION_LIMITS.organisationNameMax),
  logoUrl: logoUrlSchema,
  accentColor: accentColorSchema,
  allowSignUp: z.boolean(),
};

/** The organisation's name and branding as the settings form sends them (every field). */
export const organisationSettingsSchema = z.object(settingsFields);

/** The settings as the API's PATCH sends them: a missing field keeps its value. */
export const organisationPatchSchema = z.object(settingsFields).partial();

/** Settings once parsed. */
export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

/** A whole number from a form field or JSON; blank means "not given". */
function wholeNumber(max: number, messageKey: string) {
  return z.preprocess((value) => {
    const blank = blankToUndefined(value);
    return typeof blank === 'string' && /^\s*-?\d{1,12}\s*$/.test(blank) ? Number(blank) : blank;
  }, z.number({ message: messageKey }).int({ message: messageKey }).min(0).max(max).optional());
}

const unitFields = {
  name: localizedTextSchema(ORGANISATION_LIMITS.unitNameMax),
  kind: z.enum(UNIT_KINDS, { message: 'organisations.units.kindInvalid' }),
  parentId: z.preprocess(blankToNull, z.string().max(ORGANISATION_LIMITS.idMax).nullable()),
  headcount: wholeNumber(ORGANISATION_LIMITS.headcountMax, 'organisations.units.headcountInvalid'),
  position: wholeNumber(ORGANISATION_LIMITS.positionMax, 'organisations.units.positionInvalid'),
};

/** A unit or work community as the admin form and the API's POST send it. */
export const unitSchema = z.object({
  ...unitFields,
  parentId: unitFields.parentId.default(null),
  headcount: unitFields.headcount.transform((value) => value ?? 0),
  position: unitFields.position.transform((value) => value ?? 0),
});

/** A unit as the API's PATCH sends it: a missing field keeps its value; parentId null moves it to the top. */
export const unitPatchSchema = z.object(unitFields).partial();

/** A unit once parsed. */
export type UnitInput = z.output<typeof unitSchema>;

/** An id in a path; longer than any id we make is simply not found. */
export const idParamsSchema = z.object({ id: z.string().min(1).max(ORGANISATION_LIMITS.idMax) });

/** The audit log's page and API query: a cursor page, filtered by the start of the action. */
export const auditQuerySchema = pageQuerySchema.extend({
  cursor: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(200)
      .refine((cursor) => decodeAuditCursor(cursor) !== null, { params: { key: 'organisations.audit.badCursor' } })
      .optional(),
  ),
  action: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(ORGANISATION_LIMITS.actionPrefixMax)
      .regex(/^[a-zA-Z0-9._-]+$/, { message: 'organisations.audit.actionFormat' })
      .optional(),
  ),
});

/** The audit query once parsed. */
export type AuditQuery = z.output<typeof auditQuerySchema>;

const localizedTextOutput = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** The organisation as the API shows it to anyone. */
export const organisationResponseSchema = z.object({
  slug: z.string(),
  name: localizedTextOutput,
  logoUrl: z.string().nullable(),
  accentColor: z.string().nullable(),
  allowSignUp: z.boolean(),
  locales: z.array(z.string()),
});

/** A unit with what lies beneath it, as GET /units answers. */
export const unitNodeResponseSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(UNIT_KINDS),
    name: localizedTextOutput,
    headcount: z.number().int(),
    position: z.number().int(),
    get children(): z.ZodArray<typeof unitNodeResponseSchema> {
      return z.array(unitNodeResponseSchema);
    },
  })
  .meta({ id: 'UnitNode' });

/** One audit entry as GET /audit answers. */
export const auditItemResponseSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  actor: z.object({ id: z.string(), displayName: z.string().nullable() }).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
