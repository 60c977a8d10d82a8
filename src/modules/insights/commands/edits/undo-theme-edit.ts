import { recordAudit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../../platform/db/json.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import { removeLinksFrom } from '../../../contributions/index.ts';
import { EDITS_ALLOWED_WHEN_LOCKED } from '../../tables.ts';
import { THEME_LINKS, writeThemeLinks } from '../theme-links.ts';
import { editableRun, placeSentences, type ThemeEditSnapshot } from './edit-log.ts';
import { replaceTags } from './tag-contribution.ts';

/**
 * Undoes the run's last edit that is not undone yet (merge, split, move, tag or rename), putting back the
 * themes, sentences and tags it changed exactly as they were. Nothing to undo is 409, and so is
 * a merge, split or move of a run locked by publishing.
 */
export async function undoThemeEdit(db: Db, actor: Actor, runId: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const run = await editableRun(trx, actor.organisationId, runId, 'undo');
    const edit = await trx
      .selectFrom('insight_theme_edits')
      .selectAll()
      .$call(inOrganisation(actor.organisationId, 'insight_theme_edits'))
      .where('run_id', '=', runId)
      .where('undone_at', 'is', null)
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    if (!edit) throw refuse.conflict('insights.edit.nothingToUndo');
    const locked = await trx.selectFrom('insight_theme_runs').select('editing_locked').where('id', '=', runId).executeTakeFirst();
    if (!EDITS_ALLOWED_WHEN_LOCKED.has(edit.kind) && Number(locked?.editing_locked) === 1) throw refuse.conflict('insights.edit.locked');
    const snapshot = parseJsonColumn<ThemeEditSnapshot>(edit.before_state, { themes: [], createdThemeIds: [], sentences: [] });
    if (snapshot.tags) await replaceTags(trx, actor.organisationId, runId, snapshot.tags.contributionId, snapshot.tags.tags, now);
    for (const theme of snapshot.themes) {
      const { id, organisation_id: _organisation, run_id: _run, ...columns } = theme;
      const updated = await trx
        .updateTable('insight_themes')
        .set(columns)
        .$call(inOrganisation(actor.organisationId, 'insight_themes'))
        .where('run_id', '=', runId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('insight_themes').values(theme).execute();
    }
    const groups = new Map<string, { themeId: string | null; rank: number | null; pairs: Array<readonly [string, number]> }>();
    for (const [contribution, index, themeId, rank] of snapshot.sentences) {
      const key = `${themeId}\u0000${rank}`;
      const group = groups.get(key) ?? { themeId, rank, pairs: [] };
      group.pairs.push([contribution, index]);
      groups.set(key, group);
    }
    for (const group of groups.values())
      await placeSentences(trx, actor.organisationId, runId, group.pairs, { theme_id: group.themeId, quote_rank: group.rank });
    await removeEditLink(trx, actor.organisationId, edit.kind, snapshot);
    if (snapshot.createdThemeIds.length > 0)
      await trx
        .deleteFrom('insight_themes')
        .$call(inOrganisation(actor.organisationId, 'insight_themes'))
        .where('run_id', '=', runId)
        .where('id', 'in', snapshot.createdThemeIds)
        .execute();
    await trx
      .updateTable('insight_theme_edits')
      .set({ undone_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'insight_theme_edits'))
      .where('id', '=', edit.id)
      .execute();
    if (run.published && edit.kind !== 'tag' && edit.kind !== 'rename')
      await writeThemeLinks(trx, actor.organisationId, runId, now, snapshot.createdThemeIds);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.edit.undo',
        subjectType: 'insight_theme_run',
        subjectId: runId,
        details: { kind: edit.kind, sequence: edit.sequence },
      },
      now,
    );
    return edit.kind;
  });
}

/** Removes the trace link a merge (`source —merged_into→ target`) or a split (`theme —split_into→ part`) left. */
async function removeEditLink(db: Db, organisationId: string, kind: string, snapshot: ThemeEditSnapshot): Promise<void> {
  const themeIds = snapshot.themes.map((theme) => theme.id);
  if (kind === 'merge') await removeLinksFrom(db, organisationId, THEME_LINKS.theme, themeIds, THEME_LINKS.mergedInto, themeIds);
  if (kind === 'split')
    await removeLinksFrom(db, organisationId, THEME_LINKS.theme, themeIds, THEME_LINKS.splitInto, snapshot.createdThemeIds);
}
