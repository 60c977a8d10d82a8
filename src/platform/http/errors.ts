import type { ZodError } from 'zod';
import type { MessageValues } from '../i18n/translator.ts';

/** A message key with its values, shown in the user's language. */
export interface Message {
  key: string;
  values?: MessageValues;
}

/** Field path (dot-separated) → what is wrong with it. */
export type FieldErrors = Record<string, Message>;

/** An error that answers with a 4xx status, a stable code and a translated message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly values: MessageValues = {},
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(`${status} ${code}`);
  }
}

/** 404: unknown, foreign and hidden things all answer the same. */
export const notFound = () => new HttpError(404, 'not-found', 'platform.error.notFound');
/** 403: signed in, but the declared permissions do not allow it. */
export const forbidden = () => new HttpError(403, 'forbidden', 'platform.error.forbidden');
/** 401: the action needs a signed-in user. */
export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'platform.error.unauthenticated');
/** 409: the request conflicts with what is already stored. */
export const conflict = (messageKey: string, values?: MessageValues) => new HttpError(409, 'conflict', messageKey, values);
/** 422: the input has field errors. */
export const invalid = (fieldErrors: FieldErrors) => new HttpError(422, 'validation', 'platform.error.validation', {}, fieldErrors);

/** Turns zod issues into field errors with message keys every module shares. */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path.map(String), key].join('.')] ??= { key: 'platform.validation.unknownField' };
      continue;
    }
    const field = issue.path.map(String).join('.') || '_';
    if (errors[field]) continue;
    errors[field] = messageForIssue(issue);
  }
  return errors;
}

/**
 * Whether a refused value was absent rather than of the wrong type. zod keeps the value only
 * when asked (`reportInput`, as `check` and `parse` do); otherwise its own message says what it got.
 */
function isMissing(issue: ZodError['issues'][number]): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null;
  return /received (undefined|null)$/.test(issue.message);
}

const MESSAGE_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9]+)+$/;

function messageForIssue(issue: ZodError['issues'][number]): Message {
  // A schema may name its own message key: z.string().regex(re, { message: 'module.key' }).
  if (MESSAGE_KEY.test(issue.message) && issue.code !== 'custom') return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'platform.validation.required' }
          : { key: 'platform.validation.tooShort', values: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'platform.validation.tooFewItems', values: { min: Number(issue.minimum) } };
      }
      return { key: 'platform.validation.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'platform.validation.tooLong', values: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'platform.validation.tooManyItems', values: { max: Number(issue.maximum) } };
      }
      return { key: 'platform.validation.tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'platform.validation.email' };
      if (issue.format === 'url') return { key: 'platform.validation.url' };
      return { key: 'platform.validation.format' };
    case 'invalid_type':
      return isMissing(issue) ? { key: 'platform.validation.required' } : { key: 'platform.validation.type' };
    case 'invalid_value':
      return { key: 'platform.validation.choice' };
    case 'custom': {
      const key = typeof issue.params?.key === 'string' ? issue.params.key : 'platform.validation.invalid';
      return { key, values: (issue.params?.values as MessageValues | undefined) ?? {} };
    }
    default:
      return { key: 'platform.validation.invalid' };
  }
}
