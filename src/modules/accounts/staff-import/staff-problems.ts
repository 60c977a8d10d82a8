import type { MessageValues } from '../../../platform/i18n/translator.ts';

/** One thing wrong with an import file: the line it is on (0 for the whole file), a message key and its values. */
export interface StaffProblem {
  line: number;
  key: string;
  values?: MessageValues;
}
