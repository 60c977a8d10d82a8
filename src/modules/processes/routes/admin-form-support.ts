import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';
import { localizedPath } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { setFlash } from '../../../platform/views/render.tsx';
import { findProcessById, type Process } from '../queries/find-process.ts';
import type { FormValues } from '../views/admin-form-values.ts';

/** A route parameter as a string ('' when absent). */
export function paramOf(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** The posted form as nested values (`title.fi` → `{title: {fi}}`); anything but an object counts as empty. */
export function postedValues(request: FastifyRequest): FormValues {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  return unflattenForm(body as Record<string, string | string[]>);
}

/**
 * Validates the values and runs the save. Answers the field errors to show
 * in the form (invalid input, or a command's 422/409 at a field), or null
 * when it was saved; any other error goes on to the error page.
 */
export async function submitForm<Schema extends z.ZodType>(
  schema: Schema,
  values: FormValues,
  save: (data: z.output<Schema>) => Promise<unknown>,
): Promise<FieldErrors | null> {
  const checked = check(schema, values);
  if (!checked.ok) return checked.errors;
  try {
    await save(checked.data);
    return null;
  } catch (error) {
    if (error instanceof HttpError && Object.keys(error.fieldErrors).length > 0) return error.fieldErrors;
    throw error;
  }
}

/**
 * The process named by the `processId` parameter, once the actor may manage it:
 * visitors are sent to sign in, a foreign or unknown id is 404, someone else's process 403.
 */
export async function managedProcess(context: AppContext, request: FastifyRequest): Promise<Process> {
  authorize(context.authorizer, request, 'processes.admin.list');
  const process = found(await findProcessById(context.db, request.organisation.id, paramOf(request, 'processId')));
  authorize(context.authorizer, request, 'processes.process.update', process);
  return process;
}

/** After a successful POST: a one-time message and a 303 to the page in the same language. */
export function redirectWithFlash(request: FastifyRequest, reply: FastifyReply, path: string, flashKey: string) {
  setFlash(reply, flashKey);
  return reply.redirect(localizedPath(request.locale, path), 303);
}

/** Whether a delete form was confirmed (the ConfirmPage posts confirm=yes). */
export function isConfirmed(request: FastifyRequest): boolean {
  return postedValues(request).confirm === 'yes';
}
