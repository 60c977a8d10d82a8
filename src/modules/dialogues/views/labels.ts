import type { CoverageStatus } from '../model.ts';

/** The message key of each status, written out so the i18n test finds every key in the source. */
export const STATUS_KEYS: Record<CoverageStatus, string> = {
  held: 'dialogues.status.held',
  under_way: 'dialogues.status.under_way',
  not_started: 'dialogues.status.not_started',
  overdue: 'dialogues.status.overdue',
};
