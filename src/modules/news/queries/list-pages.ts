import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type StaticPage, toStaticPage } from './find-page.ts';
import '../tables.ts';

/** The organisation's static pages by slug (for the admin list). */
export async function listPages(db: Db, organisationId: string): Promise<StaticPage[]> {
  const rows = await db.selectFrom('news_pages').selectAll().$call(inOrganisation(organisationId, 'news_pages')).orderBy('slug').execute();
  return rows.map(toStaticPage);
}
