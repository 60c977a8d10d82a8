import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../../platform/i18n/locales.ts';
import { editRun, placeSentences, type SentencePlace, settleThemes } from './edit-log.ts';
import { sentenceKey } from './split-theme.ts';

/**
 * Makes a new theme, named `label` and placed last, of chosen unassigned sentences of a run (those a
 * codebook or the method left in no theme). An edit in the run's log (kind `create`): the undo puts
 * the sentences back in no theme and removes the theme. None chosen, or a sentence that is not
 * unassigned in this run, is refused at the field; a published, locked run is 409 like a split.
 */
export async function createThemeFromUnassigned(
  db: Db,
  actor: Actor,
  runId: string,
  input: { sentences: string[]; label: LocalizedText },
  now: Date,
): Promise<string> {
  const created = newId();
  await editRun(db, actor, runId, 'create', now, async (trx) => {
    const chosen = new Set(input.sentences);
    if (chosen.size === 0) throw refuse.invalid({ sentences: { key: 'insights.validation.sentencesNone' } });
    const unassigned = await trx
      .selectFrom('insight_theme_sentences')
      .select(['contribution_id', 'sentence_index', 'quote_rank'])
      .$call(inOrganisation(actor.organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', runId)
      .where('theme_id', 'is', null)
      .execute();
    const moved = unassigned.filter((row) => chosen.has(sentenceKey(row.contribution_id, row.sentence_index)));
    if (moved.length !== chosen.size) throw refuse.invalid({ sentences: { key: 'insights.validation.unassignedUnknown' } });
    const last = await trx
      .selectFrom('insight_themes')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('run_id', '=', runId)
      .executeTakeFirst();
    await trx
      .insertInto('insight_themes')
      .values({
        id: created,
        organisation_id: actor.organisationId,
        run_id: runId,
        position: Number(last?.position ?? -1) + 1,
        generated_label: '',
        label: JSON.stringify(input.label),
        summary: JSON.stringify({ fi: '' }),
        sentence_count: 0,
        contribution_count: 0,
        coherence: 0,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const pairs = moved.map((row) => [row.contribution_id, row.sentence_index] as const);
    await placeSentences(trx, actor.organisationId, runId, pairs, { theme_id: created });
    await settleThemes(trx, actor.organisationId, runId, [created], now);
    const before: SentencePlace[] = moved.map((row) => [row.contribution_id, row.sentence_index, null, row.quote_rank]);
    return {
      snapshot: { themes: [], createdThemeIds: [created], sentences: before },
      details: { newThemeId: created, sentences: moved.length, label: input.label.fi },
    };
  });
  return created;
}
