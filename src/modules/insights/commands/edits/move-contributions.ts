import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import { editRun, placeSentences, sentencePlaces, settleThemes, themeRows } from './edit-log.ts';

/**
 * Moves the chosen contributions' sentences from a theme to another theme of the run (a theme
 * left empty goes). The target must be another theme of the same run; every contribution
 * chosen must be in the theme.
 */
export async function moveContributions(
  db: Db,
  actor: Actor,
  ids: { runId: string; themeId: string },
  input: { contributionIds: string[]; targetThemeId: string },
  now: Date,
): Promise<void> {
  await editRun(db, actor, ids.runId, 'move', now, async (trx) => {
    if (input.targetThemeId === ids.themeId) throw refuse.invalid({ targetThemeId: { key: 'insights.validation.moveSame' } });
    const themes = await themeRows(trx, actor.organisationId, ids.runId, [ids.themeId, input.targetThemeId]);
    if (!themes.some((theme) => theme.id === ids.themeId)) throw refuse.notFound();
    if (!themes.some((theme) => theme.id === input.targetThemeId))
      throw refuse.invalid({ targetThemeId: { key: 'insights.validation.themeUnknown' } });
    const chosen = new Set(input.contributionIds);
    const before = await sentencePlaces(trx, actor.organisationId, ids.runId, [ids.themeId, input.targetThemeId]);
    const moved = before.filter(([contribution, , themeId]) => themeId === ids.themeId && chosen.has(contribution));
    if (chosen.size === 0) throw refuse.invalid({ contributionIds: { key: 'insights.validation.contributionsNone' } });
    if (new Set(moved.map(([contribution]) => contribution)).size !== chosen.size)
      throw refuse.invalid({ contributionIds: { key: 'insights.validation.contributionUnknown' } });
    const pairs = moved.map(([contribution, index]) => [contribution, index] as const);
    // Moved quotes rank after the target's own.
    for (const [contribution, index, , rank] of moved)
      if (rank !== null) await placeSentences(trx, actor.organisationId, ids.runId, [[contribution, index]], { quote_rank: rank + 100 });
    await placeSentences(trx, actor.organisationId, ids.runId, pairs, { theme_id: input.targetThemeId });
    await settleThemes(trx, actor.organisationId, ids.runId, [ids.themeId, input.targetThemeId], now);
    const left = await themeRows(trx, actor.organisationId, ids.runId, [ids.themeId]);
    return {
      snapshot: { themes, createdThemeIds: [], sentences: before },
      details: { themeId: ids.themeId, targetThemeId: input.targetThemeId, contributions: chosen.size, sentences: moved.length },
      removedThemeIds: left.length === 0 ? [ids.themeId] : [],
    };
  });
}
