import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { StoredCorpusFilter } from './corpus/corpus-filter.ts';
import type { RunFailure } from './jobs/execute-theme-run.ts';
import type { RunStatus } from './tables.ts';

/** A theme run as the pages and API read it. */
export interface ThemeRun {
  id: string;
  processId: string;
  status: RunStatus;
  filter: StoredCorpusFilter;
  seed: number;
  minThemes: number;
  maxThemes: number;
  parameters: Record<string, unknown>;
  softwareVersion: string;
  methodVersion: string | null;
  inputsHash: string | null;
  contributionCount: number | null;
  sentenceCount: number | null;
  normalisers: string[];
  diversity: number | null;
  progress: number;
  progressStep: string | null;
  error: RunFailure | null;
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The codebook the run classified into, and its threshold (null: themes found anew). */
  codebookId: string | null;
  codebookMinimumSimilarity: number | null;
}

/** A quote: one masked sentence and the contribution it is from. */
export interface ThemeQuote {
  contributionId: string;
  sentenceIndex: number;
  text: string;
  channel: string;
  language: string;
}

/** A theme of a run with its representative quotes. */
export interface RunTheme {
  id: string;
  runId: string;
  position: number;
  generatedLabel: string;
  label: LocalizedText;
  summary: LocalizedText;
  sentenceCount: number;
  contributionCount: number;
  coherence: number;
  quotes: ThemeQuote[];
  /** The same theme in other languages: themes of the run an analyst linked to this one. */
  counterpartIds: string[];
}

/** Whether a run may still change: waiting or running. */
export function isActive(status: RunStatus): boolean {
  return status === 'queued' || status === 'running';
}
