import { z } from 'zod';
import { type FieldErrors, fieldErrorsFromZod, invalid } from './errors.ts';

/** Issues keep the value they refused, so a wrong type is told apart from a missing value. */
const REPORT_INPUT = { reportInput: true } as const;

/** The outcome of checking input: the typed data, or the field errors to show. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates input against a schema without throwing (forms re-render with the errors). */
export function check<Schema extends z.ZodType>(schema: Schema, input: unknown): Checked<z.output<Schema>> {
  const result = schema.safeParse(input, REPORT_INPUT);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrorsFromZod(result.error) };
}

/** Validates input against a schema; throws a 422 HttpError with field errors (APIs). */
export function parse<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input, REPORT_INPUT);
  if (!result.success) throw invalid(fieldErrorsFromZod(result.error));
  return result.data;
}

type FormValue = string | string[];

const FLAG_ON = new Set(['yes', 'on', 'true', '1']);

/**
 * Whether a boolean form flag is set, as browsers post it: a single checkbox
 * (`name=on`, `name=yes`, `name=1`), a one-option `CheckboxGroup` (`name[]=yes`,
 * an array after `unflattenForm`), or a JSON boolean. Absent, blank, `no` or
 * `false` is false: an unchecked box is not posted at all.
 */
export function isFlagSet(value: unknown): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(isFlagSet);
  return typeof value === 'string' && FLAG_ON.has(value.trim().toLowerCase());
}

/** A boolean form flag or JSON boolean (see `isFlagSet`); every module's checkboxes parse through it. */
export const flagSchema = z.preprocess(isFlagSet, z.boolean());

/**
 * Turns flat form fields (`title.fi`, `phases.0.title.fi`) into nested objects
 * and arrays, so one zod schema serves both the form and the JSON API.
 */
export function unflattenForm(fields: Record<string, FormValue>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === '_csrf' || name.startsWith('_')) continue;
    const parts = name.replace(/\[\]$/, '').split('.');
    let node: Record<string, unknown> = root;
    if (parts.some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype')) continue;
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1) {
        node[part] = name.endsWith('[]') && !Array.isArray(value) ? [value] : value;
        break;
      }
      const next = node[part];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
  }
  return convertIndexedObjects(root) as Record<string, unknown>;
}

function convertIndexedObjects(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([key, child]) => [key, convertIndexedObjects(child)] as const);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child);
  }
  return Object.fromEntries(entries);
}

const blankAsMissing = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/**
 * A local date and time 'YYYY-MM-DDTHH:MM' (read in the organisation's time zone) or an ISO instant
 * with a zone, as forms and the API send it; blank is none (null). A malformed one is refused with
 * the module's own words (`messageKey`).
 */
export function optionalDateTimeSchema(messageKey: string) {
  return z
    .preprocess(
      blankAsMissing,
      z
        .string()
        .trim()
        .max(40)
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, { message: messageKey })
        .optional(),
    )
    .transform((value) => value ?? null);
}
