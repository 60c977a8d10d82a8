import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { CODEBOOK_SENTENCES_PER_THEME, type CodebookTheme } from './codebook-model.ts';
import '../tables.ts';

/** The run's counterpart links as positions among the saved themes, theme by theme. */
async function readCounterparts(trx: Db, organisationId: string, runId: string, themes: readonly { id: string }[]) {
  const links = await trx
    .selectFrom('insight_theme_counterparts')
    .select(['theme_id', 'counterpart_theme_id'])
    .$call(inOrganisation(organisationId, 'insight_theme_counterparts'))
    .where('run_id', '=', runId)
    .execute();
  const position = new Map(themes.map((theme, index) => [theme.id, index]));
  return (themeId: string) =>
    links
      .filter((link) => link.theme_id === themeId && position.has(link.counterpart_theme_id))
      .map((link) => position.get(link.counterpart_theme_id)!)
      .sort((a, b) => a - b);
}

/**
 * Saves a finished run's themes (published or not) as the process's codebook: each theme's names,
 * description and up to CODEBOOK_SENTENCES_PER_THEME of its masked sentences (quotes first), copied,
 * so later edits of the run do not change what a later phase was classified into. The newest
 * codebook is the one the start form offers first. A run that has not finished with themes is 409.
 */
export async function saveCodebook(db: Db, actor: Actor, run: { id: string; processId: string }, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('insight_theme_runs')
      .select('status')
      .$call(inOrganisation(actor.organisationId, 'insight_theme_runs'))
      .where('id', '=', run.id)
      .executeTakeFirst();
    const themes = await trx
      .selectFrom('insight_themes')
      .select(['id', 'label', 'summary', 'generated_label'])
      .$call(inOrganisation(actor.organisationId, 'insight_themes'))
      .where('run_id', '=', run.id)
      .where('sentence_count', '>', 0)
      .orderBy('position')
      .execute();
    if (row?.status !== 'succeeded' || themes.length === 0) throw refuse.conflict('insights.codebook.notSavable');
    const sentences = await trx
      .selectFrom('insight_theme_sentences')
      .select(['theme_id', 'text', 'language', 'quote_rank'])
      .$call(inOrganisation(actor.organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', run.id)
      .where('theme_id', 'is not', null)
      .orderBy('contribution_id')
      .orderBy('sentence_index')
      .execute();
    const counterpartsOf = await readCounterparts(trx, actor.organisationId, run.id, themes);
    const byTheme = new Map<string, typeof sentences>();
    for (const sentence of sentences) byTheme.set(sentence.theme_id!, [...(byTheme.get(sentence.theme_id!) ?? []), sentence]);
    const saved: CodebookTheme[] = themes.map((theme) => ({
      label: parseJsonColumn<LocalizedText>(theme.label, { fi: theme.generated_label }),
      summary: parseJsonColumn<LocalizedText>(theme.summary, { fi: '' }),
      sentences: [...(byTheme.get(theme.id) ?? [])]
        .sort((a, b) => (a.quote_rank ?? Number.MAX_SAFE_INTEGER) - (b.quote_rank ?? Number.MAX_SAFE_INTEGER))
        .slice(0, CODEBOOK_SENTENCES_PER_THEME)
        .map((sentence) => ({ text: sentence.text, language: sentence.language })),
      counterparts: counterpartsOf(theme.id),
    }));
    await trx
      .insertInto('insight_codebooks')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: run.processId,
        source_run_id: run.id,
        theme_count: saved.length,
        themes: JSON.stringify(saved),
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.codebook.save',
        subjectType: 'insight_theme_run',
        subjectId: run.id,
        details: { codebookId: id, themes: saved.length },
      },
      now,
    );
  });
  return id;
}
