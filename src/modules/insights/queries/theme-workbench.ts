import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ThemeEditKind } from '../tables.ts';
import '../tables.ts';

/** Sentences of a theme shown on its page to split or move (the rest are counted, not listed). */
export const WORKBENCH_SENTENCES_MAX = 200;

/** A sentence of a theme as its page lists it. */
export interface WorkbenchSentence {
  contributionId: string;
  sentenceIndex: number;
  text: string;
  channel: string;
  language: string;
}

/** What a theme's page needs to merge, split, move, tag and undo. */
export interface ThemeWorkbench {
  sentences: WorkbenchSentence[];
  /** The theme's sentences in all (more than listed when over WORKBENCH_SENTENCES_MAX). */
  sentenceTotal: number;
  /** Hand tags of the listed contributions. */
  tags: Record<string, string[]>;
  /** The run's other themes (merge source, move target). */
  otherThemes: Array<{ id: string; label: LocalizedText }>;
  /** Publishing locked merge, split and move. */
  locked: boolean;
  /** The edit an undo would put back, if any. */
  lastEdit: { kind: ThemeEditKind; createdAt: string } | null;
}

/** The run's last edit not undone. */
export async function findLastEdit(db: Db, organisationId: string, runId: string): Promise<ThemeWorkbench['lastEdit']> {
  const row = await db
    .selectFrom('insight_theme_edits')
    .select(['kind', 'created_at'])
    .$call(inOrganisation(organisationId, 'insight_theme_edits'))
    .where('run_id', '=', runId)
    .where('undone_at', 'is', null)
    .orderBy('sequence', 'desc')
    .executeTakeFirst();
  return row ? { kind: row.kind, createdAt: row.created_at } : null;
}

/** Whether publishing locked the run's merge, split and move. */
export async function isRunLocked(db: Db, organisationId: string, runId: string): Promise<boolean> {
  const row = await db
    .selectFrom('insight_theme_runs')
    .select('editing_locked')
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('id', '=', runId)
    .executeTakeFirst();
  return Number(row?.editing_locked ?? 0) === 1;
}

/** A theme's sentences (the first WORKBENCH_SENTENCES_MAX), their contributions' tags, the run's other themes and its edit state. */
export async function loadThemeWorkbench(db: Db, organisationId: string, runId: string, themeId: string): Promise<ThemeWorkbench> {
  const sentences = await db
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'sentence_index', 'text', 'channel', 'language'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', '=', themeId)
    .orderBy('contribution_id')
    .orderBy('sentence_index')
    .limit(WORKBENCH_SENTENCES_MAX)
    .execute();
  const total = await db
    .selectFrom('insight_theme_sentences')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', '=', themeId)
    .executeTakeFirst();
  const contributionIds = [...new Set(sentences.map((row) => row.contribution_id))];
  const tagRows =
    contributionIds.length === 0
      ? []
      : await db
          .selectFrom('insight_contribution_tags')
          .select(['contribution_id', 'tag'])
          .$call(inOrganisation(organisationId, 'insight_contribution_tags'))
          .where('run_id', '=', runId)
          .where('contribution_id', 'in', contributionIds)
          .orderBy('tag')
          .execute();
  const tags: Record<string, string[]> = {};
  for (const row of tagRows) tags[row.contribution_id] = [...(tags[row.contribution_id] ?? []), row.tag];
  const themes = await db
    .selectFrom('insight_themes')
    .select(['id', 'label', 'generated_label'])
    .$call(inOrganisation(organisationId, 'insight_themes'))
    .where('run_id', '=', runId)
    .where('id', '!=', themeId)
    .orderBy('position')
    .execute();
  return {
    sentences: sentences.map((row) => ({
      contributionId: row.contribution_id,
      sentenceIndex: row.sentence_index,
      text: row.text,
      channel: row.channel,
      language: row.language,
    })),
    sentenceTotal: Number(total?.count ?? 0),
    tags,
    otherThemes: themes.map((row) => ({ id: row.id, label: parseJsonColumn<LocalizedText>(row.label, { fi: row.generated_label }) })),
    locked: await isRunLocked(db, organisationId, runId),
    lastEdit: await findLastEdit(db, organisationId, runId),
  };
}

/** A contribution's sentences in a run, each with its theme's id (null: unassigned); empty when the run did not read it. */
export async function listContributionSentences(db: Db, organisationId: string, runId: string, contributionId: string) {
  return db
    .selectFrom('insight_theme_sentences')
    .select(['sentence_index', 'text', 'theme_id', 'channel', 'language'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('contribution_id', '=', contributionId)
    .orderBy('sentence_index')
    .execute();
}
