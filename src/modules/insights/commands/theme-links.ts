import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { addLinks, type LinkInput, removeLinksFrom } from '../../contributions/index.ts';
import '../tables.ts';

/** Link types and relations a published theme set writes in `links`. */
export const THEME_LINKS = {
  run: 'insight_theme_run',
  theme: 'insight_theme',
  contribution: 'contribution',
  /** run —contains→ theme: which run a theme came from. */
  contains: 'contains',
  /** theme —groups→ contribution: the sources of a theme. */
  groups: 'groups',
  /** theme —merged_into→ theme, theme —split_into→ theme: what became of an edited theme (goals' trace follows them). */
  mergedInto: 'merged_into',
  splitInto: 'split_into',
} as const;

/**
 * Writes a run's links as its themes stand now: run —contains→ theme and theme —groups→
 * contribution, in bulk (one multi-row insert per batch). The run's earlier links are removed
 * first (with those of `removedThemeIds`, themes an edit deleted), so a merged, split or moved
 * theme set links exactly what it holds.
 */
export async function writeThemeLinks(
  db: Db,
  organisationId: string,
  runId: string,
  now: Date,
  removedThemeIds: readonly string[] = [],
): Promise<number> {
  const themes = await db
    .selectFrom('insight_themes')
    .select('id')
    .$call(inOrganisation(organisationId, 'insight_themes'))
    .where('run_id', '=', runId)
    .orderBy('position')
    .execute();
  const sources = await db
    .selectFrom('insight_theme_sentences')
    .select(['theme_id', 'contribution_id'])
    .distinct()
    .$call(inOrganisation(organisationId, 'insight_theme_sentences'))
    .where('run_id', '=', runId)
    .where('theme_id', 'is not', null)
    .orderBy('theme_id')
    .orderBy('contribution_id')
    .execute();
  const themeIds = [...themes.map((theme) => theme.id), ...removedThemeIds];
  await removeLinksFrom(db, organisationId, THEME_LINKS.theme, themeIds, THEME_LINKS.groups);
  await removeLinksFrom(db, organisationId, THEME_LINKS.run, [runId], THEME_LINKS.contains);
  const runEnd = { type: THEME_LINKS.run, id: runId };
  const links: LinkInput[] = [
    ...themes.map((theme) => ({ from: runEnd, relation: THEME_LINKS.contains, to: { type: THEME_LINKS.theme, id: theme.id } })),
    ...sources.map((source) => ({
      from: { type: THEME_LINKS.theme, id: source.theme_id ?? '' },
      relation: THEME_LINKS.groups,
      to: { type: THEME_LINKS.contribution, id: source.contribution_id },
    })),
  ];
  await addLinks(db, organisationId, links, now);
  return themes.length;
}
