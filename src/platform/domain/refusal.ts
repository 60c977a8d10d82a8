import type { FieldErrors } from '../http/errors.ts';
import type { MessageValues } from '../i18n/translator.ts';

/**
 * Why a use case says no, in the domain's words. Commands throw these; the HTTP layer
 * maps each kind to one status in one place (`REFUSAL_STATUS` in `http/problems.ts`).
 */
export type RefusalKind = 'invalid' | 'conflict' | 'not-found' | 'gone' | 'forbidden' | 'too-many' | 'unavailable';

/** A use case's refusal: a kind, a message key in the user's language and, for `invalid`, the fields at fault. */
export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly messageKey: string,
    readonly values: MessageValues = {},
    readonly fieldErrors: FieldErrors = {},
    /** A stable problem code clients match on (`already-registered`); the kind's own code otherwise. */
    readonly code?: string,
  ) {
    super(`refused: ${kind} ${messageKey}`);
  }
}

/** The refusals a command throws. */
export const refuse = {
  /** The input breaks a rule of the domain; `fieldErrors` names the fields. */
  invalid: (fieldErrors: FieldErrors) => new Refusal('invalid', 'platform.error.validation', {}, fieldErrors),
  /**
   * The request conflicts with what is stored (a taken slug, a full event, a closed stage);
   * `fieldErrors` names the field a form shows it at (a taken slug at `slug`).
   */
  conflict: (messageKey: string, values?: MessageValues, fieldErrors?: FieldErrors) =>
    new Refusal('conflict', messageKey, values, fieldErrors),
  /** It existed, and is over for good (an expired join code). */
  gone: (messageKey: string, values?: MessageValues) => new Refusal('gone', messageKey, values),
  /** Unknown, foreign and hidden things all look the same. */
  notFound: () => new Refusal('not-found', 'platform.error.notFound'),
  /** Known, but not this actor's to do. */
  forbidden: (messageKey = 'platform.error.forbidden') => new Refusal('forbidden', messageKey),
  /** A flood limit of the domain (too many notes in a minute). */
  tooMany: (messageKey: string, values?: MessageValues) => new Refusal('too-many', messageKey, values),
  /** Not done now, for the server's sake (its queue for the thing is full, or nobody waits for the answer): try again later. */
  unavailable: (seconds: number) => new Refusal('unavailable', 'platform.error.overloaded', { seconds }, {}, 'overloaded'),
};
