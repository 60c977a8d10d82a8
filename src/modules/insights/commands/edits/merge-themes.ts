import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import { addLink } from '../../../contributions/index.ts';
import { THEME_LINKS } from '../theme-links.ts';
import { editRun, placeSentences, sentencePlaces, settleThemes, themeRows } from './edit-log.ts';

/**
 * Merges theme `sourceThemeId` into `themeId` (both of the run): the source's sentences join the
 * target, its quotes after the target's, and the source theme goes, leaving a link `source —merged_into→ target`
 * for the trace. Unknown or foreign source themes, and a theme merged into itself, are refused at the field.
 */
export async function mergeThemes(db: Db, actor: Actor, ids: { runId: string; themeId: string; sourceThemeId: string }, now: Date) {
  await editRun(db, actor, ids.runId, 'merge', now, async (trx) => {
    if (ids.sourceThemeId === ids.themeId) throw refuse.invalid({ sourceThemeId: { key: 'insights.validation.mergeSelf' } });
    const themes = await themeRows(trx, actor.organisationId, ids.runId, [ids.themeId, ids.sourceThemeId]);
    if (!themes.some((theme) => theme.id === ids.themeId)) throw refuse.notFound();
    if (!themes.some((theme) => theme.id === ids.sourceThemeId))
      throw refuse.invalid({ sourceThemeId: { key: 'insights.validation.themeUnknown' } });
    const before = await sentencePlaces(trx, actor.organisationId, ids.runId, [ids.themeId, ids.sourceThemeId]);
    const sentences = before.filter(([, , themeId]) => themeId === ids.sourceThemeId);
    // The source's quotes rank after the target's (at most 5 are kept when the theme settles).
    for (const [contribution, index, , rank] of sentences)
      if (rank !== null) await placeSentences(trx, actor.organisationId, ids.runId, [[contribution, index]], { quote_rank: rank + 100 });
    await placeSentences(
      trx,
      actor.organisationId,
      ids.runId,
      sentences.map(([contribution, index]) => [contribution, index] as const),
      { theme_id: ids.themeId },
    );
    await settleThemes(trx, actor.organisationId, ids.runId, [ids.themeId, ids.sourceThemeId], now);
    // A goal that drew on the source theme follows this link to its voices (undo removes it).
    const theme = (id: string) => ({ type: THEME_LINKS.theme, id });
    await addLink(trx, actor.organisationId, theme(ids.sourceThemeId), THEME_LINKS.mergedInto, theme(ids.themeId), now);
    return {
      snapshot: { themes, createdThemeIds: [], sentences: before },
      details: { themeId: ids.themeId, sourceThemeId: ids.sourceThemeId, sentences: sentences.length },
      removedThemeIds: [ids.sourceThemeId],
    };
  });
}
