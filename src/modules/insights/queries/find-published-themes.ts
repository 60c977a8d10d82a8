import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { PublishedThemes } from '../presenters.ts';
import { findRun } from './find-run.ts';
import { listRunThemes } from './list-run-themes.ts';

/** A process's published theme set with its run and quotes, or null when nothing is published. */
export async function findPublishedThemes(db: Db, organisationId: string, processId: string): Promise<PublishedThemes | null> {
  const published = await db
    .selectFrom('insight_published_theme_sets')
    .select(['run_id', 'published_at'])
    .$call(inOrganisation(organisationId, 'insight_published_theme_sets'))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  if (!published) return null;
  const run = await findRun(db, organisationId, published.run_id);
  if (!run) return null;
  return { run, themes: await listRunThemes(db, organisationId, run.id), publishedAt: published.published_at };
}
