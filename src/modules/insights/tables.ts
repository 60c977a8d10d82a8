import type { Generated } from 'kysely';

/** Where a theme run stands: waiting for the job, running, done, failed (with a reason), or cancelled by an analyst. */
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

/** One of RUN_STATUSES. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * A theme run (teema-ajo): the corpus filter, parameters, seed and software it was made with,
 * how far it is, and what came out. Text columns marked JSON hold JSON.
 */
export interface InsightThemeRunsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  status: RunStatus;
  /** JSON: the corpus filter (`CorpusFilter`). */
  corpus_filter: Generated<string>;
  seed: number;
  min_themes: number;
  max_themes: number;
  /** JSON: every parameter of the discovery as the run description gives it (empty until it ran). */
  parameters: Generated<string>;
  /** The application's version (package.json) that made the run. */
  software_version: string;
  /** The theme method's version (`THEMES_METHOD_VERSION`). */
  method_version: string | null;
  /** SHA-256 over the masked sentences the method read. */
  inputs_hash: string | null;
  contribution_count: number | null;
  sentence_count: number | null;
  /** JSON array: the text normalisers used ('voikko', 'snowball', 'words'), named on the page. */
  normalisers: Generated<string>;
  /** JSON: the run description's outputs without the per-sentence assignments (those are rows of insight_theme_sentences). */
  outputs: string | null;
  diversity: number | null;
  /** 0–100. */
  progress: Generated<number>;
  progress_step: string | null;
  /** A message key's last part (`insights.runError.<error>`) when the run failed. */
  error: string | null;
  cancel_requested: Generated<number>;
  /** Set while a job runs it; an expired lease means the process died and the run failed. */
  lease_until: string | null;
  created_by_user_id: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** 1 once published: merge, split and move wait until an analyst reopens the run. */
  editing_locked: Generated<number>;
  /** The codebook the run classified into (null: themes found anew). */
  codebook_id: string | null;
  /** Below this cosine similarity to every codebook theme a sentence stays unassigned. */
  codebook_minimum_similarity: number | null;
}

/** A theme (teema) of a run. `label` and `summary` are LocalizedText JSON the analyst edits. */
export interface InsightThemesTable {
  id: string;
  organisation_id: string;
  run_id: string;
  /** 0 for the largest. */
  position: number;
  /** The method's label: its most distinctive words, in their most frequent written form. */
  generated_label: string;
  label: string;
  summary: Generated<string>;
  sentence_count: number;
  contribution_count: number;
  /** NPMI coherence of its label words (−1…1). */
  coherence: number;
  created_at: string;
  updated_at: string;
}

/** One masked sentence of a run's corpus and its theme (null: unassigned). */
export interface InsightThemeSentencesTable {
  organisation_id: string;
  run_id: string;
  contribution_id: string;
  sentence_index: number;
  theme_id: string | null;
  /** Masked: personal data never reaches this table. */
  text: string;
  channel: string;
  language: string;
  /** 1… for the theme's representative quotes, in order; null for the rest. */
  quote_rank: number | null;
}

/** The run whose themes the public sees for a process (one per process). */
export interface InsightPublishedThemeSetsTable {
  organisation_id: string;
  process_id: string;
  run_id: string;
  published_by_user_id: string | null;
  published_at: string;
}

/** The kinds of edit the log keeps, each undoable. */
export const THEME_EDIT_KINDS = ['merge', 'split', 'move', 'tag', 'rename', 'create'] as const;

/** Edits that change no theme's sentences: allowed on a run locked by publishing, and their undo too. */
export const EDITS_ALLOWED_WHEN_LOCKED: ReadonlySet<string> = new Set(['tag', 'rename', 'undo']);

/** One of THEME_EDIT_KINDS. */
export type ThemeEditKind = (typeof THEME_EDIT_KINDS)[number];

/** An analyst's edit of a run's themes, with what it changed (`before_state`, JSON `ThemeEditSnapshot`) so it can be undone. */
export interface InsightThemeEditsTable {
  id: string;
  organisation_id: string;
  run_id: string;
  /** 1… within the run. */
  sequence: number;
  kind: ThemeEditKind;
  before_state: string;
  created_by_user_id: string | null;
  created_at: string;
  /** Set when undone; an undone edit stays in the log. */
  undone_at: string | null;
}

/** A tag an analyst put on a contribution within a run. */
export interface InsightContributionTagsTable {
  organisation_id: string;
  run_id: string;
  contribution_id: string;
  tag: string;
  created_at: string;
}

/** A codebook (koodikirja): a saved theme set of a process. `themes` is JSON `CodebookTheme[]`. */
export interface InsightCodebooksTable {
  id: string;
  organisation_id: string;
  process_id: string;
  source_run_id: string | null;
  theme_count: number;
  themes: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** A theme linked to its counterpart in another language (stored both ways). */
export interface InsightThemeCounterpartsTable {
  organisation_id: string;
  run_id: string;
  theme_id: string;
  counterpart_theme_id: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** A suggested counterpart the analyst rejected: not suggested again for either theme (stored both ways). */
export interface InsightCounterpartRejectionsTable {
  organisation_id: string;
  run_id: string;
  theme_id: string;
  counterpart_theme_id: string;
  created_by_user_id: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    insight_theme_runs: InsightThemeRunsTable;
    insight_themes: InsightThemesTable;
    insight_theme_sentences: InsightThemeSentencesTable;
    insight_published_theme_sets: InsightPublishedThemeSetsTable;
    insight_theme_edits: InsightThemeEditsTable;
    insight_contribution_tags: InsightContributionTagsTable;
    insight_codebooks: InsightCodebooksTable;
    insight_theme_counterparts: InsightThemeCounterpartsTable;
    insight_counterpart_rejections: InsightCounterpartRejectionsTable;
  }
}
