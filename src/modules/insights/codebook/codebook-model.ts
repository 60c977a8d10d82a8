import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** At most this many sentences of a theme define it in a saved codebook (its quotes first). */
export const CODEBOOK_SENTENCES_PER_THEME = 300;

/** One theme of a codebook: its names and description, and the masked sentences that define it. */
export interface CodebookTheme {
  label: LocalizedText;
  summary: LocalizedText;
  sentences: Array<{ text: string; language: string }>;
  /** The themes (indices) it was linked to as the same theme in another language (absent in older codebooks). */
  counterparts?: number[];
}

/** A saved codebook of a process, as lists show it. */
export interface CodebookSummary {
  id: string;
  processId: string;
  sourceRunId: string | null;
  themeCount: number;
  createdAt: string;
}

/** A codebook with its themes. */
export interface Codebook extends CodebookSummary {
  themes: CodebookTheme[];
}
