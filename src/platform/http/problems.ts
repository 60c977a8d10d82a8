import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { Refusal, type RefusalKind } from '../domain/refusal.ts';
import type { Translator } from '../i18n/translator.ts';
import { type FieldErrors, fieldErrorsFromZod, HttpError } from './errors.ts';

/** Every error in one shape, before it is shown as HTML or problem+json. */
export interface Problem {
  status: number;
  code: string;
  messageKey: string;
  values: Record<string, string | number>;
  fieldErrors: FieldErrors;
}

const FASTIFY_CODES: Record<string, { status: number; code: string; key: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'too-large', key: 'platform.error.tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', key: 'platform.error.mediaType' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad-json', key: 'platform.error.badJson' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad-json', key: 'platform.error.badJson' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request', key: 'platform.error.badRequest' },
  FST_CSRF_INVALID_TOKEN: { status: 403, code: 'csrf', key: 'platform.error.csrf' },
  FST_CSRF_MISSING_SECRET: { status: 403, code: 'csrf', key: 'platform.error.csrf' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad-request', key: 'platform.error.badRequest' },
  // A path parameter longer than any id or slug can be: nothing by that name exists.
  FST_ERR_MAX_PARAM_LENGTH: { status: 404, code: 'not-found', key: 'platform.error.notFound' },
};

/** The one place a domain refusal becomes an HTTP status and a problem code. */
export const REFUSAL_STATUS: Record<RefusalKind, { status: number; code: string }> = {
  invalid: { status: 422, code: 'validation' },
  conflict: { status: 409, code: 'conflict' },
  'not-found': { status: 404, code: 'not-found' },
  gone: { status: 410, code: 'gone' },
  forbidden: { status: 403, code: 'forbidden' },
  'too-many': { status: 429, code: 'rate-limited' },
  unavailable: { status: 503, code: 'overloaded' },
};

/** Maps any thrown value to a Problem; unknown errors become a bare 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Refusal) {
    const { status, code: kindCode } = REFUSAL_STATUS[error.kind];
    const code = error.code ?? kindCode;
    const values = error.values as Record<string, string | number>;
    return { status, code, messageKey: error.messageKey, values, fieldErrors: error.fieldErrors };
  }
  if (error instanceof HttpError) {
    return {
      status: error.status,
      code: error.code,
      messageKey: error.messageKey,
      values: error.values as Record<string, string | number>,
      fieldErrors: error.fieldErrors,
    };
  }
  if (error instanceof ZodError) {
    return { status: 422, code: 'validation', messageKey: 'platform.error.validation', values: {}, fieldErrors: fieldErrorsFromZod(error) };
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return { status: known.status, code: known.code, messageKey: known.key, values: {}, fieldErrors: {} };
  if (fastifyError.statusCode === 429) {
    return { status: 429, code: 'rate-limited', messageKey: 'platform.error.rateLimited', values: {}, fieldErrors: {} };
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, code: 'bad-request', messageKey: 'platform.error.badRequest', values: {}, fieldErrors: {} };
  }
  return { status: 500, code: 'internal', messageKey: 'platform.error.internal', values: {}, fieldErrors: {} };
}

/** The stable problem type URI of a code. */
export function problemType(code: string): string {
  return `urn:tarina:problem:${code}`;
}

/** Sends a Problem as RFC 9457 problem+json, in the request's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem, translator: Translator) {
  const locale = request.locale ?? 'fi';
  const errors = Object.entries(problem.fieldErrors).map(([field, message]) => ({
    field,
    code: message.key.split('.').pop(),
    message: translator.t(locale, message.key, message.values),
  }));
  return reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('content-language', locale)
    .send(
      JSON.stringify({
        type: problemType(problem.code),
        title: translator.t(locale, errorTitleKey(problem.status)),
        status: problem.status,
        detail: translator.t(locale, problem.messageKey, problem.values),
        instance: request.url.split('?')[0],
        ...(errors.length ? { errors } : {}),
      }),
    );
}

const TITLED_STATUSES = new Set([400, 401, 403, 404, 408, 409, 410, 413, 415, 422, 429, 431]);

/** The message key of the title for an HTTP status. */
export function errorTitleKey(status: number): string {
  if (status >= 500) return status === 503 ? 'platform.errorTitle.503' : 'platform.errorTitle.500';
  return `platform.errorTitle.${TITLED_STATUSES.has(status) ? status : 400}`;
}
