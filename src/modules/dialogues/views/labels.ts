import type { CoverageStatus } from '../model.ts';
import type { CommitmentStatus } from '../tables.ts';

/** The message key of each status, written out so the i18n test finds every key in the source. */
export const STATUS_KEYS: Record<CoverageStatus, string> = {
  held: 'dialogues.status.held',
  under_way: 'dialogues.status.under_way',
  not_started: 'dialogues.status.not_started',
  overdue: 'dialogues.status.overdue',
};

/** The message key of each commitment status. */
export const COMMITMENT_STATUS_KEYS: Record<CommitmentStatus, string> = {
  planned: 'dialogues.commitmentStatus.planned',
  in_progress: 'dialogues.commitmentStatus.in_progress',
  done: 'dialogues.commitmentStatus.done',
  dropped: 'dialogues.commitmentStatus.dropped',
};
