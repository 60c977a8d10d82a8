import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';

/**
 * The field errors a form shows for a command's refusal: a taken slug (409)
 * at the slug field, other checks (422) at their own fields. Anything else is
 * not the form's to show, and answers null so the caller rethrows it.
 */
export function formErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof HttpError)) return null;
  if (error.status === 409) return { slug: { key: error.messageKey } };
  if (error.status === 422) return error.fieldErrors;
  return null;
}
