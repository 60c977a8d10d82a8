import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPageById } from '../queries/find-page.ts';
import type { PageInput } from '../schemas.ts';
import { auditNewsChange } from './audit-news-change.ts';
import { checkPageSlugFree } from './page-checks.ts';

/** Replaces a static page's slug, title and body, and records it in the audit log. */
export async function updatePage(db: Db, actor: Actor, pageId: string, input: PageInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await findPageById(trx, actor.organisationId, pageId);
    if (!existing) throw refuse.notFound();
    await checkPageSlugFree(trx, actor.organisationId, input.slug, pageId);
    await trx
      .updateTable('news_pages')
      .set({ slug: input.slug, title: JSON.stringify(input.title), body: JSON.stringify(input.body), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'news_pages'))
      .where('id', '=', pageId)
      .execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'news.page.update',
        subjectType: 'news_page',
        subjectId: pageId,
        details: { slug: input.slug, previousSlug: existing.slug, title: input.title.fi },
      },
      now,
    );
  });
}
