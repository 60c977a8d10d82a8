import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../../platform/i18n/locales.ts';
import { addLink } from '../../../contributions/index.ts';
import { THEME_LINKS } from '../theme-links.ts';
import { editRun, placeSentences, sentencePlaces, settleThemes, themeRows } from './edit-log.ts';

/** A sentence chosen on the form: `contributionId:sentenceIndex`. */
export function sentenceKey(contributionId: string, sentenceIndex: number): string {
  return `${contributionId}:${sentenceIndex}`;
}

/**
 * Splits a theme: the chosen sentences (of this theme) become a new theme named `label`, placed
 * last, linked `theme —split_into→ new theme` for the trace. None chosen, all chosen (the theme would be empty) or a sentence of another theme are
 * refused at the field.
 */
export async function splitTheme(
  db: Db,
  actor: Actor,
  ids: { runId: string; themeId: string },
  input: { sentences: string[]; label: LocalizedText },
  now: Date,
): Promise<string> {
  const created = newId();
  await editRun(db, actor, ids.runId, 'split', now, async (trx) => {
    const themes = await themeRows(trx, actor.organisationId, ids.runId, [ids.themeId]);
    const theme = themes[0];
    if (!theme) throw refuse.notFound();
    const all = await sentencePlaces(trx, actor.organisationId, ids.runId, [ids.themeId]);
    const chosen = new Set(input.sentences);
    const moved = all.filter(([contribution, index]) => chosen.has(sentenceKey(contribution, index)));
    if (moved.length !== chosen.size) throw refuse.invalid({ sentences: { key: 'insights.validation.sentenceUnknown' } });
    if (moved.length === 0) throw refuse.invalid({ sentences: { key: 'insights.validation.sentencesNone' } });
    if (moved.length === all.length) throw refuse.invalid({ sentences: { key: 'insights.validation.splitAll' } });
    const last = await trx
      .selectFrom('insight_themes')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('run_id', '=', ids.runId)
      .executeTakeFirst();
    await trx
      .insertInto('insight_themes')
      .values({
        id: created,
        organisation_id: actor.organisationId,
        run_id: ids.runId,
        position: Number(last?.position ?? 0) + 1,
        generated_label: theme.generated_label,
        label: JSON.stringify(input.label),
        summary: JSON.stringify({ fi: '' }),
        sentence_count: 0,
        contribution_count: 0,
        coherence: theme.coherence,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await placeSentences(
      trx,
      actor.organisationId,
      ids.runId,
      moved.map(([contribution, index]) => [contribution, index] as const),
      { theme_id: created },
    );
    await settleThemes(trx, actor.organisationId, ids.runId, [ids.themeId, created], now);
    // A goal that drew on the theme keeps both parts' voices on its trace (undo removes the link).
    const part = (id: string) => ({ type: THEME_LINKS.theme, id });
    await addLink(trx, actor.organisationId, part(ids.themeId), THEME_LINKS.splitInto, part(created), now);
    return {
      snapshot: { themes, createdThemeIds: [created], sentences: all },
      details: { themeId: ids.themeId, newThemeId: created, sentences: moved.length, label: input.label.fi },
    };
  });
  return created;
}
