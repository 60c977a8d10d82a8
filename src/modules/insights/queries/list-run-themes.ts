import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { RunTheme, ThemeQuote } from '../model.ts';
import '../tables.ts';

/** A run's themes, largest first, each with its quotes in rank order and its counterparts (three queries however many themes). */
export async function listRunThemes(db: Db, organisationId: string, runId: string): Promise<RunTheme[]> {
  const themes = await db
    .selectFrom('insight_themes')
    .selectAll()
    .$call(inOrganisation(organisationId, 'insight_themes'))
    .where('run_id', '=', runId)
    .orderBy('position')
    .execute();
  const quotes = await db
    .selectFrom('insight_theme_sentences')
    .select(['theme_id', 'contribution_id', 'sentence_index', 'text', 'channel', 'language'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('quote_rank', 'is not', null)
    .orderBy('theme_id')
    .orderBy('quote_rank')
    .execute();
  const byTheme = new Map<string, ThemeQuote[]>();
  for (const quote of quotes) {
    const list = byTheme.get(quote.theme_id ?? '') ?? [];
    list.push({
      contributionId: quote.contribution_id,
      sentenceIndex: quote.sentence_index,
      text: quote.text,
      channel: quote.channel,
      language: quote.language,
    });
    byTheme.set(quote.theme_id ?? '', list);
  }
  const counterparts = await db
    .selectFrom('insight_theme_counterparts')
    .select(['theme_id', 'counterpart_theme_id'])
    .$call(inOrganisation(organisationId, 'insight_theme_counterparts'))
    .where('run_id', '=', runId)
    .orderBy('theme_id')
    .orderBy('counterpart_theme_id')
    .execute();
  const position = new Map(themes.map((theme) => [theme.id, theme.position]));
  const counterpartsOf = (themeId: string) =>
    counterparts
      .filter((row) => row.theme_id === themeId)
      .map((row) => row.counterpart_theme_id)
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return themes.map((theme) => ({
    id: theme.id,
    runId: theme.run_id,
    position: theme.position,
    generatedLabel: theme.generated_label,
    label: parseJsonColumn<LocalizedText>(theme.label, { fi: theme.generated_label }),
    summary: parseJsonColumn<LocalizedText>(theme.summary, { fi: '' }),
    sentenceCount: theme.sentence_count,
    contributionCount: theme.contribution_count,
    coherence: theme.coherence,
    quotes: byTheme.get(theme.id) ?? [],
    counterpartIds: counterpartsOf(theme.id),
  }));
}

/** How many of a run's sentences are in no theme (no word shared with another sentence). */
export async function countUnassigned(db: Db, organisationId: string, runId: string): Promise<number> {
  const row = await db
    .selectFrom('insight_theme_sentences')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Up to `limit` of a run's sentences in no theme, in corpus order: the analyst reads them for new themes. */
export async function listUnassigned(db: Db, organisationId: string, runId: string, limit = 100): Promise<ThemeQuote[]> {
  const rows = await db
    .selectFrom('insight_theme_sentences')
    .select(['contribution_id', 'sentence_index', 'text', 'channel', 'language'])
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', 'is', null)
    .orderBy('contribution_id')
    .orderBy('sentence_index')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    contributionId: row.contribution_id,
    sentenceIndex: row.sentence_index,
    text: row.text,
    channel: row.channel,
    language: row.language,
  }));
}
