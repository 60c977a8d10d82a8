import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

/** Refuses a slug another static page of the organisation already has (409; forms show it at the field). */
export async function checkPageSlugFree(db: Db, organisationId: string, slug: string, exceptPageId: string | null) {
  let query = db.selectFrom('news_pages').select('id').$call(inOrganisation(organisationId, 'news_pages')).where('slug', '=', slug);
  if (exceptPageId) query = query.where('id', '<>', exceptPageId);
  if (await query.executeTakeFirst()) throw refuse.conflict('news.page.slugTaken');
}
