import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPageById } from '../queries/find-page.ts';
import { auditNewsChange } from './audit-news-change.ts';

/** Deletes a static page; the audit log keeps its slug and title. */
export async function deletePage(db: Db, actor: Actor, pageId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await findPageById(trx, actor.organisationId, pageId);
    if (!existing) throw refuse.notFound();
    await trx.deleteFrom('news_pages').$call(inOrganisation(actor.organisationId, 'news_pages')).where('id', '=', pageId).execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'news.page.delete',
        subjectType: 'news_page',
        subjectId: pageId,
        details: { slug: existing.slug, title: existing.title.fi },
      },
      now,
    );
  });
}
