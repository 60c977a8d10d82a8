import { z } from 'zod';
import { flagSchema } from '../../../platform/http/validation.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/** Limits of an HR export: the file, its rows and each field. */
export const STAFF_IMPORT_LIMITS = {
  fileBytes: 5_000_000,
  rows: 50_000,
  columns: 100,
  email: ACCOUNT_LIMITS.emailMax,
  name: ACCOUNT_LIMITS.displayNameMax,
  unit: 200,
  role: 60,
  language: 20,
  /** Any other column an HR export carries along (ignored, but bounded). */
  other: 1000,
} as const;

/** Base64 of at most `fileBytes` bytes. */
const base64Max = Math.ceil(STAFF_IMPORT_LIMITS.fileBytes / 3) * 4;

/**
 * The import's input on both surfaces: the file's bytes in base64 (the upload form's
 * file, the confirm form's hidden field, the API body's `content`), whether to
 * deactivate the placed staff missing from it, and whether to save (otherwise only
 * the preview is answered).
 */
export const staffImportInputSchema = z.object({
  content: z
    .string()
    .min(1)
    .max(base64Max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  deactivateMissing: flagSchema.optional().default(false),
  commit: flagSchema.optional().default(false),
});

export type StaffImportInput = z.output<typeof staffImportInputSchema>;

/**
 * The API's body: the same fields, with `content` bounded by what fits in the platform's
 * JSON body limit (1 MiB), so an oversize file is a 422 naming the field, not a 413.
 * Larger files go through the upload page, whose multipart limit takes the whole 5 MB.
 */
export const STAFF_IMPORT_API_CONTENT_MAX = 1_000_000;
export const staffImportApiBodySchema = staffImportInputSchema.extend({
  content: z
    .string()
    .min(1)
    .max(STAFF_IMPORT_API_CONTENT_MAX)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
