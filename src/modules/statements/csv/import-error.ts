import type { MessageValues } from '../../../platform/i18n/translator.ts';

/**
 * Why an import was refused, as a message key with its values (the file and,
 * where there is one, the line), so the command line and the admin can say it
 * in the user's language. Nothing is stored when one is thrown.
 */
export class ImportError extends Error {
  constructor(
    readonly messageKey: string,
    readonly values: MessageValues,
  ) {
    super(`${messageKey} ${JSON.stringify(values)}`);
  }
}
