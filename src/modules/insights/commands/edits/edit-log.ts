import type { Selectable, Transaction } from 'kysely';
import { recordAudit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { newId } from '../../../../platform/db/ids.ts';
import type { Database } from '../../../../platform/db/schema.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import { EDIT_AUDIT_ACTIONS } from '../../audit-actions.ts';
import { EDITS_ALLOWED_WHEN_LOCKED, type InsightThemesTable, type ThemeEditKind } from '../../tables.ts';
import { writeThemeLinks } from '../theme-links.ts';
import '../../tables.ts';

/** A sentence's place before an edit: contribution, sentence, theme, quote rank. */
export type SentencePlace = [contributionId: string, sentenceIndex: number, themeId: string | null, quoteRank: number | null];

/** What an edit changed, as it was before: enough to put it back exactly (`undoThemeEdit`). */
export interface ThemeEditSnapshot {
  /** The rows of every theme the edit changed or deleted, as they were. */
  themes: Selectable<InsightThemesTable>[];
  /** Themes the edit made (a split's new theme): removed by an undo. */
  createdThemeIds: string[];
  /** Every sentence the edit moved, where it was. */
  sentences: SentencePlace[];
  /** A tag edit: the contribution's tags before. */
  tags?: { contributionId: string; tags: string[] };
}

/** The run an edit works on, checked in the edit's transaction. */
export interface EditedRun {
  id: string;
  processId: string;
  published: boolean;
}

type Trx = Transaction<Database>;

/** Quotes a theme keeps at most. */
const QUOTES_MAX = 5;
/** Pairs per `(contribution_id, sentence_index) in (…)` statement: well under both engines' bound-value limits. */
const PAIRS_PER_STATEMENT = 1_000;

/** Loads the run for an edit: 404 unknown or foreign, 409 unfinished, 409 locked by publishing (unless the edit is a tag or a rename). */
async function editableRun(trx: Trx, organisationId: string, runId: string, kind: ThemeEditKind | 'undo'): Promise<EditedRun> {
  const run = await trx
    .selectFrom('insight_theme_runs')
    .select(['id', 'process_id', 'status', 'editing_locked'])
    .$call(inOrganisation(organisationId, 'insight_theme_runs'))
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) throw refuse.notFound();
  if (run.status !== 'succeeded') throw refuse.conflict('insights.edit.notFinished');
  if (!EDITS_ALLOWED_WHEN_LOCKED.has(kind) && Number(run.editing_locked) === 1) throw refuse.conflict('insights.edit.locked');
  const published = await trx
    .selectFrom('insight_published_theme_sets')
    .select('run_id')
    .$call(inOrganisation(organisationId, 'insight_published_theme_sets'))
    .where('process_id', '=', run.process_id)
    .where('run_id', '=', runId)
    .executeTakeFirst();
  return { id: run.id, processId: run.process_id, published: published !== undefined };
}

/** The rows of some themes of a run (unknown ids are left out). */
export async function themeRows(trx: Db, organisationId: string, runId: string, themeIds: readonly string[]) {
  if (themeIds.length === 0) return [];
  return trx
    .selectFrom('insight_themes')
    .selectAll()
    .$call(inOrganisation(organisationId, 'insight_themes'))
    .where('run_id', '=', runId)
    .where('id', 'in', themeIds)
    .execute();
}

/** Sets the theme (and quote rank) of sentences, a batch of pairs per statement. */
export async function placeSentences(
  trx: Db,
  organisationId: string,
  runId: string,
  pairs: ReadonlyArray<readonly [string, number]>,
  set: { theme_id?: string | null; quote_rank?: number | null },
): Promise<void> {
  for (let start = 0; start < pairs.length; start += PAIRS_PER_STATEMENT) {
    const batch = pairs.slice(start, start + PAIRS_PER_STATEMENT);
    await trx
      .updateTable('insight_theme_sentences')
      .set(set)
      .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', runId)
      .where((eb) =>
        eb(
          eb.refTuple('contribution_id', 'sentence_index'),
          'in',
          batch.map(([contribution, index]) => eb.tuple(contribution, index)),
        ),
      )
      .execute();
  }
}

/**
 * After an edit: each touched theme's counts from its sentences, its quotes renumbered 1…5 in
 * their order (the rest dropped), a theme left without quotes given its first sentences, and
 * a theme left empty removed.
 */
export async function settleThemes(trx: Db, organisationId: string, runId: string, themeIds: readonly string[], now: Date): Promise<void> {
  for (const themeId of themeIds) {
    const sentences = await trx
      .selectFrom('insight_theme_sentences')
      .select(['contribution_id', 'sentence_index', 'quote_rank'])
      .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', runId)
      .where('theme_id', '=', themeId)
      .orderBy('contribution_id')
      .orderBy('sentence_index')
      .execute();
    if (sentences.length === 0) {
      await trx.deleteFrom('insight_themes').$call(inOrganisation(organisationId, 'insight_themes')).where('id', '=', themeId).execute();
      continue;
    }
    const quoted = sentences.filter((row) => row.quote_rank !== null).sort((a, b) => (a.quote_rank ?? 0) - (b.quote_rank ?? 0));
    const quotes = (quoted.length > 0 ? quoted : sentences).slice(0, quoted.length > 0 ? QUOTES_MAX : 3);
    const pairs = (rows: typeof sentences) => rows.map((row) => [row.contribution_id, row.sentence_index] as const);
    await placeSentences(trx, organisationId, runId, pairs(quoted), { quote_rank: null });
    for (const [rank, quote] of quotes.entries())
      await placeSentences(trx, organisationId, runId, pairs([quote]), { quote_rank: rank + 1 });
    await trx
      .updateTable('insight_themes')
      .set({
        sentence_count: sentences.length,
        contribution_count: new Set(sentences.map((row) => row.contribution_id)).size,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(organisationId, 'insight_themes'))
      .where('id', '=', themeId)
      .execute();
  }
}

/** The sentences of some themes of a run, where they are now (to snapshot before moving them). */
export async function sentencePlaces(
  trx: Db,
  organisationId: string,
  runId: string,
  themeIds: readonly string[],
): Promise<SentencePlace[]> {
  if (themeIds.length === 0) return [];
  const rows = await trx
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'sentence_index', 'theme_id', 'quote_rank'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', 'in', themeIds)
    .orderBy('contribution_id')
    .orderBy('sentence_index')
    .execute();
  return rows.map((row) => [row.contribution_id, row.sentence_index, row.theme_id, row.quote_rank]);
}

/** What an edit's body returns: its snapshot, the audit's details, and themes it removed (their links go too). */
export interface EditOutcome {
  snapshot: ThemeEditSnapshot;
  details: Record<string, unknown>;
  removedThemeIds?: string[];
}

/**
 * Runs one analyst edit of a run's themes in one transaction: checks the run, applies `body`,
 * keeps the edit in the run's log (for undo), rewrites the links if the run is published, and
 * records the audit entry `insights.<kind>` (`insights.theme.merge` …).
 */
export async function editRun(
  db: Db,
  actor: Actor,
  runId: string,
  kind: ThemeEditKind,
  now: Date,
  body: (trx: Trx, run: EditedRun) => Promise<EditOutcome>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const run = await editableRun(trx, actor.organisationId, runId, kind);
    const outcome = await body(trx, run);
    const last = await trx
      .selectFrom('insight_theme_edits')
      .select((eb) => eb.fn.max('sequence').as('sequence'))
      .$call(inOrganisation(actor.organisationId, 'insight_theme_edits'))
      .where('run_id', '=', runId)
      .executeTakeFirst();
    await trx
      .insertInto('insight_theme_edits')
      .values({
        id: newId(),
        organisation_id: actor.organisationId,
        run_id: runId,
        sequence: Number(last?.sequence ?? 0) + 1,
        kind,
        before_state: JSON.stringify(outcome.snapshot),
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
      })
      .execute();
    if (run.published && kind !== 'tag' && kind !== 'rename')
      await writeThemeLinks(trx, actor.organisationId, runId, now, outcome.removedThemeIds ?? []);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: EDIT_AUDIT_ACTIONS[kind],
        subjectType: 'insight_theme_run',
        subjectId: runId,
        details: outcome.details,
      },
      now,
    );
  });
}

export { editableRun };
