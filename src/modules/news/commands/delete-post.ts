import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPostById } from '../queries/find-post.ts';
import { auditNewsChange } from './audit-news-change.ts';

/** Deletes a post for good; the audit log keeps its slug and title. */
export async function deletePost(db: Db, actor: Actor, postId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await findPostById(trx, actor.organisationId, postId);
    if (!existing) throw refuse.notFound();
    await trx.deleteFrom('news_posts').$call(inOrganisation(actor.organisationId, 'news_posts')).where('id', '=', postId).execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'news.post.delete',
        subjectType: 'news_post',
        subjectId: postId,
        details: { slug: existing.slug, title: existing.title.fi, status: existing.status },
      },
      now,
    );
  });
}
