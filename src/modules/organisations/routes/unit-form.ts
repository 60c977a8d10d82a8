import type { FieldErrors } from '../../../platform/http/errors.ts';
import { HttpError } from '../../../platform/http/errors.ts';
import type { UnitFormValues } from '../views/unit-form-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The unit form's fields as they were sent, to show again beside the errors. */
export function unitFormValues(fields: Record<string, unknown>): UnitFormValues {
  const name = (typeof fields.name === 'object' && fields.name !== null ? fields.name : {}) as Record<string, unknown>;
  return {
    kind: text(fields.kind),
    parentId: text(fields.parentId),
    name: { fi: text(name.fi), sv: text(name.sv), en: text(name.en) },
    headcount: text(fields.headcount),
    position: text(fields.position),
  };
}

/**
 * Runs a command and answers its field errors (a 422 such as a cycle or an
 * unknown parent) so the form can show them; other errors pass through.
 */
export async function fieldErrorsOf(run: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof HttpError && error.status === 422 && Object.keys(error.fieldErrors).length > 0) return error.fieldErrors;
    throw error;
  }
}
